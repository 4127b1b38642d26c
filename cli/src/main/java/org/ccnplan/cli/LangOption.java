package org.ccnplan.cli;

import org.ccnplan.report.Lang;
import org.ccnplan.report.Texts;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang} option that every reporting command shares: the language of its tables and reports. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "en|vi", defaultValue = "en", converter = Converter.class,
            description = "Language of the printed tables and of the report file: en (English) or vi (Vietnamese,"
                    + " with Vietnamese number formatting). Default: ${DEFAULT-VALUE}.")
    Lang lang;

    Texts texts() {
        return Texts.of(lang);
    }

    static final class Converter implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            Lang lang = Lang.fromCode(value);
            if (lang == null) {
                throw new TypeConversionException("'" + value + "' is not a language ccnplan writes; use en or vi");
            }
            return lang;
        }
    }
}
