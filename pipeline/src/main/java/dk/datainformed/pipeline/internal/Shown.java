package dk.datainformed.pipeline.internal;

import dk.datainformed.core.id.IdentifierMask;

/** How a name read from a source (a field, a file) is shown in a message. */
final class Shown {
  private Shown() {}

  static String name(String name) {
    return IdentifierMask.mask(name).equals(IdentifierMask.HIDDEN) ? name : IdentifierMask.mask(name);
  }
}
