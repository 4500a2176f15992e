package dev.orgwright.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "1,234.50|1234.50",
            "£54,705|54705",
            "54705.0|54705.0",
            "0.36|0.36",
            "$1 234|1234",
            "€ 1 234 567|1234567",
            "1.234,50 €|1234.50",
            "1.234.567|1234567",
            "1,234,567.891|1234567.891",
            "0,36|0.36",
            "1'234|1234",
            "-12|-12",
            "(1,200)|-1200",
            ".5|0.5",
            "  140000  |140000",
            "1\u00A0234|1234",
            "1\u202F234,5|1234.5",
            "¥100|100",
            "1.234|1.234",
    })
    void numbersAsPeopleTypeThem(String cell, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), Amounts.parse(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "£", "n/a", "twelve", "12 apples", "1,23,456", "12,3456,789", "1e5",
            "2013-09-30", "1.2.3", "5.", "1,,000", "--5", "(-5)", "1 234,567.8,9", "12:30", "GBP 100", "1 2 3"})
    void otherCellsAreNotNumbers(String cell) {
        assertEquals(Optional.empty(), Amounts.parse(cell));
    }

    @Property
    void aNumberWrittenWithThousandsSeparatorsReadsBack(
            @ForAll @BigRange(min = "0", max = "999999999") @Scale(2) BigDecimal n) {
        String plain = n.toPlainString();
        String grouped = String.format(java.util.Locale.ROOT, "%,.2f", n);
        assertEquals(0, n.compareTo(Amounts.parse(plain).orElseThrow()), plain);
        assertEquals(0, n.compareTo(Amounts.parse("£" + grouped).orElseThrow()), grouped);
        String european = grouped.replace(',', ' ').replace('.', ',');
        assertEquals(0, n.compareTo(Amounts.parse(european + " €").orElseThrow()), european);
    }
}
