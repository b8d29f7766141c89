-- Providers register themselves: the user who registers an organisation administers its Hearth accounts and
-- invites colleagues. Existing members are ordinary members; demo data marks its provider users on creation.

alter table organisation_member add column organisation_admin boolean default false not null;
