-- A manager's plan: assignments made by distributing the documents say who made them. Rows an annotator's own
-- opening of a document made have none. Once a project has a plan, annotators' queues hold only their assignments.
alter table assignment add column assigned_by uuid references app_user (id);
create index assignment_planned_idx on assignment (project_id) where assigned_by is not null;
