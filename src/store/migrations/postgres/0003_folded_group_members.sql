-- Each group keeps its members folded into one column (one principal per line, in list
-- order), as rooms keep theirs. Every changeset reads every group (nested groups resolve
-- through all of them): a pool's 2,000 groups are 2,000 rows, not 145,000 member rows.
ALTER TABLE dir_groups ADD COLUMN members TEXT;
UPDATE dir_groups g SET members = (
    SELECT string_agg(m.principal, chr(10) ORDER BY m.position)
    FROM dir_group_members m WHERE m.group_id = g.id
);
DROP TABLE dir_group_members;
