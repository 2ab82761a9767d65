package org.partnerflow.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.UserView;
import org.partnerflow.security.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Who is signed in; admins create users")
class UserApiController {

    private final Users users;

    UserApiController(Users users) {
        this.users = users;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: roles, partnerships and Camunda groups")
    MeView me() {
        return MeView.of(CurrentUser.get());
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a user (admins only); the password is hashed and never returned")
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequest request) {
        UserView created = users.create(request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }
}
