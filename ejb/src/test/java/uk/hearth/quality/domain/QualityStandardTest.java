package uk.hearth.quality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.shared.BusinessException;

class QualityStandardTest {

    @Test
    void eachLineIsAStandardWithWhatItCoversAfterTheColon() {
        assertEquals(List.of(new QualityStandard("Education", "children make progress at school"),
                        new QualityStandard("Protection of children", null)),
                QualityStandard.fromLines("  Education :  children make progress at school \r\n\n\tProtection of children\n"));
    }

    @Test
    void onlyTheFirstColonSeparatesTheTitle() {
        assertEquals(List.of(new QualityStandard("Health", "physical: mental: emotional")),
                QualityStandard.fromLines("Health: physical: mental: emotional"));
    }

    @Test
    void aLineReadsBackToTheSameStandard() {
        QualityStandard standard = new QualityStandard("Care planning", "planned care that meets needs");
        assertEquals(List.of(standard), QualityStandard.fromLines(standard.asLine()));
        assertEquals("Care planning", new QualityStandard("Care planning", null).asLine());
    }

    @Test
    void nothingToReadIsRefusedOnTheStandardsField() {
        for (String text : new String[] {null, "", "  \n \n"}) {
            assertEquals("standards", assertThrows(BusinessException.class, () -> QualityStandard.fromLines(text)).field().orElseThrow());
        }
    }

    @Test
    void aLineWithNoTitleOrATooLongOneSaysWhichStandard() {
        BusinessException untitled = assertThrows(BusinessException.class, () -> QualityStandard.fromLines("Education\n: no title"));
        assertEquals("standards", untitled.field().orElseThrow());
        assertTrue(untitled.getMessage().startsWith("Standard 2 "), untitled.getMessage());
        BusinessException longTitle = assertThrows(BusinessException.class, () -> QualityStandard.fromLines("x".repeat(201)));
        assertEquals("standards", longTitle.field().orElseThrow());
    }
}
