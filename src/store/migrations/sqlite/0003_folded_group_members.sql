-- Each group keeps its members folded into one column (one principal per line, in list
-- order), as rooms keep theirs. Every changeset reads every group (nested groups resolve
-- through all of them): a pool's 2,000 groups are 2,000 rows, not 145,000 member rows.
ALTER TABLE dir_groups ADD COLUMN members TEXT;
UPDATE dir_groups SET members = (
    SELECT group_concat(m.principal, char(10) ORDER BY m.position)
    FROM dir_group_members m WHERE m.group_id = dir_groups.id
);
DROP TABLE dir_group_members;
