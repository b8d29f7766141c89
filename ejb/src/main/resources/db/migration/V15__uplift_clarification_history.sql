-- A request's earlier questions and answers, kept when the council asks another: the request's own
-- clarification columns hold the latest.
create table uplift_clarification (
    request_id bigint not null references uplift_request (id),
    position integer not null,
    question varchar(2000) not null,
    asked_by varchar(100) not null,
    asked_at timestamp(6) with time zone not null,
    clock_paused boolean not null,
    answer varchar(4000),
    answered_by varchar(100),
    answered_at timestamp(6) with time zone,
    primary key (request_id, position)
);
