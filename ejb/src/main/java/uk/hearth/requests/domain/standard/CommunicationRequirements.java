package uk.hearth.requests.domain.standard;

import jakarta.persistence.Converter;

@Converter
public class CommunicationRequirements extends EnumSetColumn<CommunicationRequirement> {

    public CommunicationRequirements() {
        super(CommunicationRequirement.class);
    }
}
