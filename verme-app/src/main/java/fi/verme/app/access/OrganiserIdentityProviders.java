package fi.verme.app.access;

import java.util.Collection;
import java.util.Map;

/**
 * Which identity provider an organiser's people sign in through: the registration id an admin gave the
 * organiser ({@code spring.security.oauth2.client.registration.<id>}), or none. The organisers' register
 * answers it; a sign-in through a provider carries only the grants for organisers that use that provider or
 * name none ({@link UserAccounts#throughProvider}).
 */
public interface OrganiserIdentityProviders {

    /** Of these organisers, those that name a provider, with its registration id (one lookup for them all). */
    Map<String, String> identityProvidersOf(Collection<String> organisers);
}
