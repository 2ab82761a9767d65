-- Single sign-on (OpenID Connect): a user provisioned at their first sign-in through an identity provider is
-- linked to that provider's account by issuer and subject (the sub claim), never by a name the provider lets
-- people change. Both null for local accounts; a linked user has a random password nobody knows.

alter table app_user add column sso_issuer varchar(500);
alter table app_user add column sso_subject varchar(255);
alter table app_user add constraint uk_app_user_sso unique (sso_issuer, sso_subject);
alter table app_user add constraint ck_app_user_sso check ((sso_issuer is null) = (sso_subject is null));
