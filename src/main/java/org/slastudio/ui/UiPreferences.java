package org.slastudio.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Properties;

/**
 * What the user chose for the app as a whole, kept in a small properties file: the theme, the currency and time
 * zone a blank draft starts with, and how often unsaved changes are kept for recovery.
 *
 * @param defaultCurrency null when a blank draft should start without one
 * @param defaultZone     null when a blank draft should start without one
 */
public record UiPreferences(boolean darkTheme, Currency defaultCurrency, ZoneId defaultZone, int autosaveSeconds) {
    public static final UiPreferences DEFAULTS = new UiPreferences(false, null, null, 10);

    /** What the file says; anything missing or unreadable keeps its default, so a bad file never stops the app. */
    public static UiPreferences load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            return DEFAULTS;
        }
        Currency currency = null;
        ZoneId zone = null;
        int seconds = DEFAULTS.autosaveSeconds();
        try {
            currency = p.getProperty("defaultCurrency") == null ? null : Currency.getInstance(p.getProperty("defaultCurrency"));
        } catch (IllegalArgumentException e) {
            // keep none
        }
        try {
            zone = p.getProperty("defaultTimeZone") == null ? null : ZoneId.of(p.getProperty("defaultTimeZone"));
        } catch (DateTimeException e) {
            // keep none
        }
        try {
            seconds = Math.max(2, Integer.parseInt(p.getProperty("autosaveSeconds", String.valueOf(seconds)).strip()));
        } catch (NumberFormatException e) {
            // keep the default
        }
        return new UiPreferences("dark".equals(p.getProperty("theme")), currency, zone, seconds);
    }

    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", darkTheme ? "dark" : "light");
        if (defaultCurrency != null) {
            p.setProperty("defaultCurrency", defaultCurrency.getCurrencyCode());
        }
        if (defaultZone != null) {
            p.setProperty("defaultTimeZone", defaultZone.getId());
        }
        p.setProperty("autosaveSeconds", String.valueOf(autosaveSeconds));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            p.store(out, "SLA Studio preferences");
        }
    }

    public UiPreferences withDarkTheme(boolean value) {
        return new UiPreferences(value, defaultCurrency, defaultZone, autosaveSeconds);
    }

    public UiPreferences withDefaults(Currency currency, ZoneId zone) {
        return new UiPreferences(darkTheme, currency, zone, autosaveSeconds);
    }
}
