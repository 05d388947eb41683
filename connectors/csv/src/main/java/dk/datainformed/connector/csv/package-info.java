/**
 * The {@code csv} connector's provider: CSV files and folders as Danish systems export them
 * ({@code ;} or {@code ,}, decimal comma, UTF-8 or Windows-1252, {@code 31-12-2024} dates).
 */
package dk.datainformed.connector.csv;
