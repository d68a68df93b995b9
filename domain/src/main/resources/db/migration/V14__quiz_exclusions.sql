-- Study mode: quizzes are made from the published facts, except those an instructor takes out
-- (a fact whose statement gives its own answer away, or that is too fine a point to ask).
alter table fact add column in_quizzes boolean not null default true;
