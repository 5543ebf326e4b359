package dev.aegisplanner.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentOrderTest {

    private static List<String> sorted(String... pointers) {
        List<Problem> problems = java.util.Arrays.stream(pointers).map(p -> Problem.error("x", p, "m")).toList();
        return DocumentOrder.sorted(problems).stream().map(Problem::pointer).toList();
    }

    @Test
    void listIndicesCompareAsNumbersNotAsText() {
        assertThat(sorted("/pools/10", "/pools/9", "/pools/100")).containsExactly("/pools/9", "/pools/10", "/pools/100");
    }

    @Test
    void fieldsCompareInTheOrderTheFormatWritesThem() {
        assertThat(sorted("/layout/FRA", "/scenarios/0", "/links/0", "/locations/0/dataCenters/0", "/locations/0/lat",
                "/locations/0/id", "/version", "")).containsExactly("", "/version", "/locations/0/id", "/locations/0/lat",
                "/locations/0/dataCenters/0", "/links/0", "/scenarios/0", "/layout/FRA");
    }

    @Test
    void mapKeysKeepTheOrderTheyWereFoundIn() {
        assertThat(sorted("/layout/b", "/layout/a", "/layout/c")).containsExactly("/layout/b", "/layout/a", "/layout/c");
    }

    @Test
    void escapedKeysAreUnderstood() {
        assertThat(Pointers.segments("/pools/0/addresses/1")).containsExactly("pools", "0", "addresses", "1");
        assertThat(Pointers.segments("/layout/a~1b~0c")).containsExactly("layout", "a/b~c");
        assertThat(Pointers.child("/x", "2001:db8::/48")).isEqualTo("/x/2001:db8::~148");
    }
}
