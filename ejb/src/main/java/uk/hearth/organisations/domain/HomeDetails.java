package uk.hearth.organisations.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a provider says about a home, as typed into the form; {@link Home} keeps the rules that span fields.
 * The URN pattern is Ofsted's for social care: "SC" and six digits.
 */
public record HomeDetails(
        @NotNull(message = "Choose the lot this home is offered under.") Long lotId,
        @NotBlank(message = "Enter the home's name.") @Size(max = Home.NAME_LENGTH, message = "The name must be 120 characters or fewer.") String name,
        @NotBlank(message = "Enter the home's Ofsted unique reference number (URN).")
        @Pattern(regexp = "(?i)\\s*SC\\s*[0-9]{6}\\s*", message = "An Ofsted URN for a social care setting is SC followed by six digits, such as SC123456.") String ofstedUrn,
        @NotNull(message = "Choose the kind of setting.") SettingType settingType,
        @NotBlank(message = "Enter the home's postcode.") String postcode,
        @Min(value = 1, message = "Registered capacity must be at least 1.") @Max(value = 200, message = "Registered capacity must be 200 or fewer.") int capacity,
        @Min(value = 0, message = "Vacancies cannot be negative.") int vacancies,
        @Min(value = 0, message = "The youngest age must be 0 or more.") @Max(value = 25, message = "Ages must be 25 or under.") int minAge,
        @Min(value = 0, message = "The oldest age must be 0 or more.") @Max(value = 25, message = "Ages must be 25 or under.") int maxAge,
        @NotEmpty(message = "Choose at least one gender the home accepts.") Set<Gender> genders,
        Set<Long> specialismIds,
        @NotNull(message = "Choose the latest Ofsted judgement.") OfstedJudgement judgement,
        @PastOrPresent(message = "The judgement date cannot be in the future.") LocalDate judgementDate) {
}
