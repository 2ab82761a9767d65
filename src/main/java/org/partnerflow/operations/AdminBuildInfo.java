package org.partnerflow.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.GitInfoContributor;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.actuate.info.InfoPropertiesInfoContributor.Mode;
import org.springframework.boot.actuate.info.JavaInfoContributor;
import org.springframework.boot.info.GitProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The git commit and the Java runtime at /actuator/info, for an admin only: anyone else sees the version and build
 * time, and nothing that tells an attacker which commit or runtime to look up. Actuator's own git and java
 * contributors are off (management.info.git.enabled and management.info.java.enabled in application.yml).
 */
@Component
class AdminBuildInfo implements InfoContributor {

    static final String ADMIN = "ROLE_ADMIN";

    private final ObjectProvider<GitProperties> git;

    AdminBuildInfo(ObjectProvider<GitProperties> git) {
        this.git = git;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()
                || caller.getAuthorities().stream().noneMatch(a -> ADMIN.equals(a.getAuthority()))) {
            return;
        }
        git.ifAvailable(properties -> new GitInfoContributor(properties, Mode.SIMPLE).contribute(builder));
        new JavaInfoContributor().contribute(builder);
    }
}
