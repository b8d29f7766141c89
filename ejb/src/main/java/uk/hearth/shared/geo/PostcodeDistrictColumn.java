package uk.hearth.shared.geo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores every {@link PostcodeDistrict} attribute as its outward code, such as {@code LE10}. */
@Converter(autoApply = true)
public class PostcodeDistrictColumn implements AttributeConverter<PostcodeDistrict, String> {

    /** The longest outward code, such as {@code SW1A}. */
    public static final int LENGTH = 4;

    @Override
    public String convertToDatabaseColumn(PostcodeDistrict district) {
        return district == null ? null : district.code();
    }

    @Override
    public PostcodeDistrict convertToEntityAttribute(String code) {
        return code == null ? null : new PostcodeDistrict(code);
    }
}
