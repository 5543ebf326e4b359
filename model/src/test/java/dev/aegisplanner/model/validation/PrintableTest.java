package dev.aegisplanner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File text quoted in a message stays on one line and shows what it holds. */
class PrintableTest {

    @Test
    void lineBreaksAndTabsBecomeTheirEscapes() {
        assertThat(Printable.text("a\nb\r\nc\td")).isEqualTo("a\\nb\\r\\nc\\td");
    }

    @Test
    void otherControlCharactersAndInvisibleReorderingBecomeCodePoints() {
        assertThat(Printable.text("bell\u0007 esc\u001b[31m del\u007f next-line\u0085 sep\u2028 rlo\u202e iso\u2066"))
                .isEqualTo("bell\\u0007 esc\\u001b[31m del\\u007f next-line\\u0085 sep\\u2028 rlo\\u202e iso\\u2066");
    }

    @Test
    void ordinaryTextOfAnyLanguageIsLeftAlone() {
        String text = "S\u00e3o Paulo \u6771\u4eac \u2192 fra1-s1 \"quoted\" C:\\plans";

        assertThat(Printable.text(text)).isSameAs(text);
    }

    @Test
    void aProblemKeepsItsMessageOnOneLineWhateverItQuotes() {
        Problem problem = Problem.error("invalid-address", "/x", "Server s lists '10.0.0.1\n/zones/0 1:1 error: forged'");

        assertThat(problem.format()).isEqualTo("/x error: Server s lists '10.0.0.1\\n/zones/0 1:1 error: forged'");
    }
}
