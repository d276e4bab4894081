//! A plan shaped as the old system's canonical sizing model of one pool (its "chat-room
//! access sample"), for the benchmarks:
//!
//! - **Directory.** 150,000 provisioned users in 200 departments (`contoso/divD/deptNNN`,
//!   10 divisions of 20 departments, 750 users each). 2,000 groups: 1,790 team groups of 80
//!   users, one per department (`dept-NNN`) nesting that department's teams, and one per
//!   division (`div-D`) nesting its departments' groups: nested three deep.
//! - **Categories.** 200: 190 scoped to one division (`ou:contoso/divD`), 10 company-wide
//!   (`ou:contoso`) for the largest rooms; one creator each.
//! - **Rooms.** 33,077 in three sizes, as the sample has them:
//!
//!   | | small | medium | large |
//!   |---|---|---|---|
//!   | rooms | 32,000 | 1,067 | 10 |
//!   | open (no list) | 3% | 3% | 50% |
//!   | auditorium (6 presenters) | 1% | 1% | 50% |
//!   | of the others, by direct membership | 50%: 30 users | 10%: 150 users | 0% |
//!   | of the others, by groups | 50%: 3 teams | 90%: 5 teams | 100%: 10 department groups |
//!   | managers | 6 | 6 | 6 |
//!
//!   That makes about 730,000 room access entries, 146,000 group memberships and 400 scope
//!   entries: the sample's 731,088 access entries, about a million in all, in ~60 MB of YAML.
//!
//! Every entry is inside its category's scope, so the plan applies as written.

use std::fmt::Write as _;
use std::path::Path;

pub const USERS: usize = 150_000;
pub const DIVISIONS: usize = 10;
pub const DEPARTMENTS: usize = 200;
pub const USERS_PER_DEPARTMENT: usize = USERS / DEPARTMENTS;
pub const TEAM_SIZE: usize = 80;
pub const TEAMS: usize = 1_790;
pub const CATEGORIES: usize = 200;
pub const COMPANY_WIDE: usize = 10;
pub const SMALL: usize = 32_000;
pub const MEDIUM: usize = 1_067;
pub const LARGE: usize = 10;
pub const ROOMS: usize = SMALL + MEDIUM + LARGE;

fn user(i: usize) -> String {
    format!("sip:u{i:06}@contoso.com")
}

fn department_of(user: usize) -> usize {
    user / USERS_PER_DEPARTMENT
}

fn division_of(department: usize) -> usize {
    department % DIVISIONS
}

fn ou(department: usize) -> String {
    format!("contoso/div{}/dept{department:03}", division_of(department))
}

/// The teams of a department: 1,790 teams over 200 departments, 8 or 9 each.
fn teams_of(department: usize) -> std::ops::Range<usize> {
    let start = department * TEAMS / DEPARTMENTS;
    start..(department + 1) * TEAMS / DEPARTMENTS
}

/// The users of a team: 80 consecutive users of its department.
fn team_members(team: usize) -> Vec<usize> {
    let department = (0..DEPARTMENTS).find(|d| teams_of(*d).contains(&team)).expect("a team has a department");
    let offset = (team - teams_of(department).start) * TEAM_SIZE;
    (0..TEAM_SIZE).map(|i| department * USERS_PER_DEPARTMENT + (offset + i) % USERS_PER_DEPARTMENT).collect()
}

/// `count` users of a division, spread over its departments, starting from `seed`.
fn division_users(division: usize, count: usize, seed: usize) -> Vec<usize> {
    let departments: Vec<usize> = (0..DEPARTMENTS).filter(|d| division_of(*d) == division).collect();
    (0..count)
        .map(|i| {
            let department = departments[(seed + i) % departments.len()];
            department * USERS_PER_DEPARTMENT + (seed * 7 + i * 13) % USERS_PER_DEPARTMENT
        })
        .collect()
}

fn list(out: &mut String, field: &str, items: impl IntoIterator<Item = String>) {
    let _ = writeln!(out, "  {field}:");
    for item in items {
        let _ = writeln!(out, "    - {item}");
    }
}

/// Writes 1-users.yaml, 2-groups.yaml, 3-categories.yaml and 4-rooms.yaml into `dir`.
pub fn generate(dir: &Path) {
    std::fs::create_dir_all(dir).expect("create the plan directory");
    let mut users = String::with_capacity(USERS * 140);
    for i in 0..USERS {
        let _ = write!(
            users,
            "---\napiVersion: pchat/v1\nkind: User\nmetadata:\n  name: {}\nspec:\n  displayName: User {i}\n  ou: {}\n  site: site{}\n",
            user(i),
            ou(department_of(i)),
            division_of(department_of(i)),
        );
    }
    let mut groups = String::new();
    for team in 0..TEAMS {
        let _ = write!(groups, "---\napiVersion: pchat/v1\nkind: Group\nmetadata:\n  name: team-{team:04}\nspec:\n");
        list(&mut groups, "members", team_members(team).into_iter().map(user));
    }
    for department in 0..DEPARTMENTS {
        let _ =
            write!(groups, "---\napiVersion: pchat/v1\nkind: Group\nmetadata:\n  name: dept-{department:03}\nspec:\n");
        list(&mut groups, "members", teams_of(department).map(|t| format!("group:team-{t:04}")));
    }
    for division in 0..DIVISIONS {
        let _ = write!(groups, "---\napiVersion: pchat/v1\nkind: Group\nmetadata:\n  name: div-{division}\nspec:\n");
        let departments = (0..DEPARTMENTS).filter(|d| division_of(*d) == division);
        list(&mut groups, "members", departments.map(|d| format!("group:dept-{d:03}")));
    }
    let mut categories = String::new();
    for c in 0..CATEGORIES {
        let scope = if c < CATEGORIES - COMPANY_WIDE {
            format!("ou:contoso/div{}", c % DIVISIONS)
        } else {
            "ou:contoso".into()
        };
        let _ = write!(categories, "---\napiVersion: pchat/v1\nkind: Category\nmetadata:\n  name: cat{c:03}\nspec:\n");
        list(&mut categories, "allowedMembers", [scope]);
        list(&mut categories, "creators", [user(c * USERS_PER_DEPARTMENT)]);
    }
    let mut rooms = String::with_capacity(64 << 20);
    for r in 0..ROOMS {
        let (size, index) = if r < SMALL {
            ("small", r)
        } else if r < SMALL + MEDIUM {
            ("medium", r - SMALL)
        } else {
            ("large", r - SMALL - MEDIUM)
        };
        let category = match size {
            "large" => CATEGORIES - COMPANY_WIDE + index,
            _ => r % (CATEGORIES - COMPANY_WIDE),
        };
        let division = category % DIVISIONS;
        // Open 3% (large: half), auditorium 1% (large: half), by the room's index.
        let (open, auditorium) = match size {
            "large" => (index % 2 == 0, index % 2 == 1),
            _ => (index % 100 < 3, index % 100 == 3),
        };
        let _ = write!(
            rooms,
            "---\napiVersion: pchat/v1\nkind: Room\nmetadata:\n  name: {size}-{index:05}\nspec:\n  category: cat{category:03}\n  description: A {size} room\n  privacy: {}\n",
            if open { "open" } else if r % 5 == 0 { "secret" } else { "closed" }
        );
        if auditorium {
            rooms.push_str("  type: auditorium\n");
        }
        let people = |count: usize| division_users(division, count, r);
        if !open {
            let by_groups = match size {
                "small" => index % 2 == 0,
                "medium" => index % 10 != 0,
                _ => true,
            };
            let teams: Vec<usize> =
                (0..DEPARTMENTS).filter(|d| division_of(*d) == division).flat_map(teams_of).collect();
            let members: Vec<String> = match (size, by_groups) {
                ("small", false) => people(30).into_iter().map(user).collect(),
                ("medium", false) => people(150).into_iter().map(user).collect(),
                ("small", true) => {
                    (0..3).map(|i| format!("group:team-{:04}", teams[(r + i * 31) % teams.len()])).collect()
                }
                ("medium", true) => {
                    (0..5).map(|i| format!("group:team-{:04}", teams[(r + i * 17) % teams.len()])).collect()
                }
                _ => (0..10).map(|i| format!("group:dept-{:03}", (index * 10 + i) % DEPARTMENTS)).collect(),
            };
            list(&mut rooms, "members", members);
        }
        let leads = people(12);
        list(&mut rooms, "managers", leads[..6].iter().map(|u| user(*u)));
        if auditorium {
            list(&mut rooms, "presenters", leads[6..].iter().map(|u| user(*u)));
        }
    }
    std::fs::write(dir.join("1-users.yaml"), users).expect("write users");
    std::fs::write(dir.join("2-groups.yaml"), groups).expect("write groups");
    std::fs::write(dir.join("3-categories.yaml"), categories).expect("write categories");
    std::fs::write(dir.join("4-rooms.yaml"), rooms).expect("write rooms");
}
