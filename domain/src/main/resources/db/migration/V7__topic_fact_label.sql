-- How a topic presents its facts: a topic with a fact label (the eight lessons: "Lesson for Amazon") shows
-- that label on each of its facts instead of the company's name or "Both companies". An
-- editorial choice kept in data, which instructors change on the topic's form.
alter table topic add column fact_label varchar(40);
update topic set fact_label = 'Lesson for Amazon' where slug = 'lessons';
