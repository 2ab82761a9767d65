package org.partnerflow.security.internal.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Makes Partnerflow's users and groups the engine's identity provider; the Camunda starter applies plugin beans. */
@Component
class PartnerflowIdentityPlugin extends AbstractProcessEnginePlugin {

    // Looked up when the engine first opens a session, not when it is built: the directory's collaborators
    // (Users and what it needs) must stay free to depend on beans that need the engine, without a cycle.
    private final ObjectProvider<IdentityDirectory> directory;

    PartnerflowIdentityPlugin(ObjectProvider<IdentityDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new PartnerflowIdentityProvider(directory.getObject());
            }
        });
        // Read-only-ness comes from registering no WritableIdentityProvider; this only stops the engine creating
        // ACT_ID_* tables that nothing would read. Databases that already have them keep them, unused.
        configuration.setDbIdentityUsed(false);
    }
}
