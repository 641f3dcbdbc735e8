-- Demo programmes whose seeding finished: a crash half-way through seeding resumes at the next start.
create table demo_seed (
    programme_year varchar(64) primary key,
    completed_at   timestamptz not null default now()
);
