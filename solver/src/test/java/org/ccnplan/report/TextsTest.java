package org.ccnplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final Texts EN = Texts.of(Lang.EN);
    private static final Texts VI = Texts.of(Lang.VI);

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/org/ccnplan/report/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("texts_vi.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("texts.properties").keySet());
    }

    @Test
    void vietnameseIsReadAsUtf8WithItsDiacritics() {
        assertThat(VI.constraint(AllocationConstraintConfiguration.LAND_CAPACITY)).isEqualTo("Quỹ đất");
        assertThat(VI.constraint(AllocationConstraintConfiguration.UNPLACED_PROJECT)).isEqualTo("Dự án chưa bố trí");
        assertThat(VI.get("report.capitalOfTotal", "530", "3.366")).isEqualTo("530 trên 3.366 tỷ đồng");
    }

    @Test
    void everyConstraintHasANameInBothLanguages() {
        for (String name : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            assertThat(EN.constraint(name)).isEqualTo(name);
            assertThat(VI.constraint(name)).isNotBlank().isNotEqualTo(name);
        }
    }

    @Test
    void numbersUseTheLanguagesSeparatorsWhateverTheMachinesLocale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(EN.number(-1234567)).isEqualTo("-1,234,567");
            assertThat(VI.number(-1234567)).isEqualTo("-1.234.567");
            assertThat(EN.decimal(new BigDecimal("3366.456"))).isEqualTo("3,366.46");
            assertThat(VI.decimal(new BigDecimal("3366.456"))).isEqualTo("3.366,46");
            assertThat(EN.hectares(125050)).isEqualTo("1,250.50");
            assertThat(VI.hectares(125050)).isEqualTo("1.250,50");
            assertThat(VI.megawatts(1200)).isEqualTo("1,200");
            assertThat(VI.megawatts(1234567)).isEqualTo("1.234,567");
            assertThat(EN.plain(new BigDecimal("1250.50"))).isEqualTo("1250.50"); // for CSV: a number, not text
            assertThat(EN.decimal(new BigDecimal("14.105"))).isEqualTo("14.11"); // half up, as the score rounds
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void argumentsAreInsertedAsGivenAndQuotesSurvive() {
        assertThat(EN.get("report.targetValue", "3", "50", "4", "NOT met"))
                .isEqualTo("3 clusters at ≥ 50% (target 4): NOT met");
        assertThat(EN.get("summary.solved", "Tỉnh mẫu", "42", "move limit 10", "1.5", "500,000"))
                .isEqualTo("Solved \"Tỉnh mẫu\" with seed 42, move limit 10, in 1.5 s (500,000 score calculations/s).");
    }

    @Test
    void anUnknownKeyIsABugNamedWithItsLanguage() {
        assertThatThrownBy(() -> VI.get("no.such.key")).hasMessage("No text no.such.key in language vi");
    }

    @Test
    void languageCodesAreReadInAnyCase() {
        assertThat(Lang.fromCode("VI")).isEqualTo(Lang.VI);
        assertThat(Lang.fromCode(" en ")).isEqualTo(Lang.EN);
        assertThat(Lang.fromCode("fr")).isNull();
    }
}
