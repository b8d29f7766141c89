package uk.hearth.organisations.application;

/**
 * The identity provider's user accounts (Keycloak), which Hearth creates for providers. Accounts live outside
 * Hearth's database, so the two cannot share a transaction: call these methods inside the service's transaction,
 * after the database work, and an account created by a transaction that then rolls back is removed again.
 */
public interface IdentityAccounts {

    /** Shown when the email address already has an account, whether Hearth or Keycloak finds it first. */
    String ACCOUNT_EXISTS = "An account with that email address already exists. Each person has one Hearth account, "
            + "linked to one organisation.";

    /**
     * Creates an enabled account with the provider role and an unverified email address. With a password, the
     * user signs in with it once they have opened the link Keycloak emails them to confirm the address.
     *
     * @return the account's id in the identity provider
     * @throws uk.hearth.shared.BusinessException {@link #ACCOUNT_EXISTS}, or the identity provider cannot be
     *         reached or refused
     */
    String createProviderUser(NewUser user);

    /**
     * Emails the user a link to choose their password, which also confirms their address: the invitation of a
     * colleague, whose account has no password yet.
     */
    void sendSetPasswordInvitation(String userId);
}
