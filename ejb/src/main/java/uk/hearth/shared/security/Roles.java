package uk.hearth.shared.security;

/** The Keycloak realm roles, which are also the Jakarta security roles of the application. */
public final class Roles {

    public static final String PROVIDER = "provider";
    public static final String COMMISSIONER = "commissioner";
    public static final String CONTRACT_MANAGER = "contract-manager";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
