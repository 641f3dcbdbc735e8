-- Axon's JDBC event store and token store, in snake_case (see AxonConfiguration's schemas).
create table domain_event_entry (
    global_index         bigserial    primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);
