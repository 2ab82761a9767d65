package org.partnerflow.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PasswordReset;
import org.partnerflow.security.UserChange;
import org.partnerflow.security.UserEdits;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.UserView;
import org.partnerflow.security.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Who is signed in; admins create and change users, reset passwords and lift lock-outs")
class UserApiController {

    private final Users users;
    private final UserEdits edits;

    UserApiController(Users users, UserEdits edits) {
        this.users = users;
        this.edits = edits;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: roles, partnerships and Camunda groups")
    MeView me() {
        return MeView.of(CurrentUser.get());
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Users by username, a page at a time (admins only); lockedUntil is set while a lock-out "
            + "after repeated failed sign-ins lasts")
    List<UserView> list(@RequestParam(defaultValue = "0") @Parameter(description = "from 0") int page,
            @RequestParam(defaultValue = "50") @Parameter(description = "1 to 200") int size) {
        return users.list(page, size).users();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a user (admins only); the password is hashed and never returned")
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequest request) {
        UserView created = users.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PatchMapping("/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a user's name, e-mail, roles, partnerships or whether they may sign in (admins "
            + "only); fields left out stay; an empty email removes it; version, when sent, must be the current one "
            + "(else 409). A user switched off (active false) cannot sign in from their next request and their "
            + "claimed tasks go back to their groups; the last active admin cannot be switched off or lose ADMIN "
            + "(409). 200 with the user, 404 for an unknown user")
    UserView change(@PathVariable String username, @Valid @RequestBody UserChange change) {
        return edits.change(username, change);
    }

    @PostMapping("/users/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a new password for a user (admins only; 12 to 128 characters); also lifts a "
            + "lock-out; 204, 404 for an unknown user")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset) {
        users.resetPassword(username, reset);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users/{username}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Lift a lock-out after repeated failed sign-ins (admins only); 204, 404 for an unknown user")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        users.unlock(username);
        return ResponseEntity.noContent().build();
    }
}
