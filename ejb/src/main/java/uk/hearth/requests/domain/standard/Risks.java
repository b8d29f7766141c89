package uk.hearth.requests.domain.standard;

import jakarta.persistence.Converter;

@Converter
public class Risks extends EnumSetColumn<Risk> {

    public Risks() {
        super(Risk.class);
    }
}
