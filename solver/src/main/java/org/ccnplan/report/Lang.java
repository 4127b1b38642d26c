package org.ccnplan.report;

import java.util.Locale;

/** The language of reports and tables: English or Vietnamese. */
public enum Lang {
    EN(Locale.ENGLISH),
    VI(Locale.forLanguageTag("vi-VN"));

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's code as a planner types it: {@code en} or {@code vi}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code en} or {@code vi}, in any case; null for anything else. */
    public static Lang fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code().equalsIgnoreCase(code.strip())) {
                return lang;
            }
        }
        return null;
    }
}
