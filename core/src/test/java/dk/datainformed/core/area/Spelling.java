package dk.datainformed.core.area;

/** How people write Danish names on keyboards and in systems without æ, ø and å. */
final class Spelling {

  private Spelling() {}

  static String withoutDanishLetters(String name) {
    return name.replace("æ", "ae")
        .replace("ø", "oe")
        .replace("å", "aa")
        .replace("Æ", "Ae")
        .replace("Ø", "Oe")
        .replace("Å", "Aa");
  }
}
