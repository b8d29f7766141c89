-- Keeping membership honest after admission: which requirement a document meets (so a newer upload replaces
-- it), the expiry reminders already sent, and why a membership is suspended (an expired document lifts itself
-- when replaced; a council decision does not).

alter table provider_document add column requirement varchar(60);
alter table provider_document add column reminded_30 boolean default false not null;
alter table provider_document add column reminded_7 boolean default false not null;

update provider_document set requirement = (
    select q.code from application_answer a join question q on q.id = a.question_id where a.document_id = provider_document.id
    fetch first 1 rows only);

alter table lot_membership add column suspension_cause varchar(30);
update lot_membership set suspension_cause = 'COUNCIL_DECISION' where status = 'SUSPENDED';

create index provider_document_requirement on provider_document (organisation_id, requirement);
