-- Issue 16: accounts that sign in through an organisation's OpenID Connect provider. Such an account is bound to
-- the provider's issuer and subject (never to a username alone, so an identity provider cannot take over a local
-- account of the same name) and has no password. Their role may be NONE (see AccountRole.NONE): no column change.
alter table account add column oidc_issuer varchar(500);
alter table account add column oidc_subject varchar(255);
alter table account alter column password_hash drop not null;
create unique index account_oidc_identity on account (oidc_issuer, oidc_subject);
