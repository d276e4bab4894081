use anyhow::Context;

use super::plan::{apply_docs, ApplyOptions};
use super::{confirm, report_dropped, Ctx, InvalidInput};
use crate::api::{
    MemberChange, NewObject, PoolQuery, Room, RoomActivity, RoomDeleteQuery, RoomEntry, RoomQuery, RoomSpec, Written,
};
use crate::cli::{MembersCommand, RoomFields, RoomFilters, RoomImportArgs, RoomsCommand};
use crate::client::{path, NO_QUERY};
use crate::output::{list_cell, yes_no, Tabular};
use crate::plan::state::{fetch_state, ListsToFetch};

impl Tabular for Room {
    fn headers(wide: bool) -> Vec<&'static str> {
        // Presenters are who an auditorium hears from: without them such a room looks empty.
        let mut h =
            vec!["NAME", "CATEGORY", "POOL", "TYPE", "PRIVACY", "DISABLED", "MEMBERS", "MANAGERS", "PRESENTERS"];
        if wide {
            h.extend(["ADDIN", "INVITATIONS", "DESCRIPTION", "REVISION", "UPDATED"]);
        }
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = vec![
            self.name.clone(),
            self.category.clone(),
            self.pool.clone(),
            self.room_type.to_string(),
            self.privacy.to_string(),
            yes_no(self.disabled),
            list_cell(&self.members, wide),
            list_cell(&self.managers, wide),
            list_cell(&self.presenters, wide),
        ];
        if wide {
            r.extend([
                self.addin.clone().unwrap_or_default(),
                self.invitations.to_string(),
                self.description.clone(),
                self.meta.revision.to_string(),
                self.meta.updated_at.clone(),
            ]);
        }
        r
    }
}

/// A room as `rooms show` prints it: with how many messages it holds.
#[derive(serde::Serialize)]
struct Shown {
    #[serde(flatten)]
    room: Room,
    messages: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_message_at: Option<String>,
}

impl Tabular for Shown {
    fn headers(wide: bool) -> Vec<&'static str> {
        let mut h = Room::headers(wide);
        h.extend(["MESSAGES", "LAST MESSAGE"]);
        h
    }
    fn row(&self, wide: bool) -> Vec<String> {
        let mut r = self.room.row(wide);
        r.extend([self.messages.to_string(), self.last_message_at.clone().unwrap_or_default()]);
        r
    }
}

impl Tabular for RoomEntry {
    fn headers(_wide: bool) -> Vec<&'static str> {
        vec!["ROLE", "PRINCIPAL"]
    }
    fn row(&self, _wide: bool) -> Vec<String> {
        vec![self.role.to_string(), self.principal.clone()]
    }
}

fn spec(f: RoomFields, creating: bool) -> RoomSpec {
    let list = |l: Vec<String>| if l.is_empty() && !creating { None } else { Some(l) };
    RoomSpec {
        description: f.description,
        room_type: f.room_type,
        privacy: f.privacy,
        addin: f.addin,
        invitations: f.invitations,
        members: list(f.members),
        managers: list(f.managers),
        presenters: list(f.presenters),
        ..Default::default()
    }
}

/// The list filters as the server's query type.
pub fn filter_query(f: RoomFilters) -> RoomQuery {
    RoomQuery {
        category: f.category,
        pool: f.pool,
        privacy: f.privacy,
        room_type: f.room_type,
        disabled: f.disabled,
        member: f.member,
        manager: f.manager,
        addin: f.addin,
        name: f.name,
        ..Default::default()
    }
}

pub async fn run(ctx: &Ctx, command: RoomsCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        RoomsCommand::List(filters) => {
            let rooms: Vec<Room> =
                c.list_all(&path(&["rooms"]), &filter_query(filters)).await.context("listing rooms")?;
            out.list(&rooms)
        }
        RoomsCommand::Show { name, pool } => {
            let query = PoolQuery { pool };
            let room: Room =
                c.get(&path(&["rooms", &name]), &query).await.with_context(|| format!("showing room {name}"))?;
            let activity: RoomActivity = c
                .get(&path(&["rooms", &name, "activity"]), &query)
                .await
                .with_context(|| format!("reading the activity of room {name}"))?;
            out.show(&Shown { room, messages: activity.messages, last_message_at: activity.last_message_at })
        }
        RoomsCommand::Create { name, category, fields } => {
            let pool = fields.pool.clone();
            let spec = RoomSpec { category: Some(category.clone()), ..spec(fields, true) };
            let body = NewObject { name: name.clone(), pool, spec };
            let room: Room =
                c.post(&path(&["rooms"]), NO_QUERY, &body).await.with_context(|| format!("creating room {name}"))?;
            out.written(&room, format!("created room {} in category {}", room.name, room.category))
        }
        RoomsCommand::Set { name, category, rename, fields, no_addin, if_revision } => {
            let pool = fields.pool.clone();
            let mut spec = spec(fields, false);
            spec.category = category;
            spec.name = rename;
            if no_addin {
                spec.addin = Some(String::new());
            }
            let written: Written<Room> = c
                .patch(&path(&["rooms", &name]), &PoolQuery { pool }, &spec, if_revision)
                .await
                .with_context(|| format!("changing room {name}"))?;
            report_dropped(out, &written.dropped);
            out.written(
                &written,
                format!("changed room {} (revision {})", written.object.name, written.object.meta.revision),
            )
        }
        RoomsCommand::Delete { name, pool, allow_destroy, confirm: yes } => {
            let activity: RoomActivity = c
                .get(&path(&["rooms", &name, "activity"]), &PoolQuery { pool: pool.clone() })
                .await
                .with_context(|| format!("deleting room {name}"))?;
            let held = activity.messages;
            let what = if held > 0 {
                let history = crate::api::text::count(held as usize, "message");
                out.note(format!("warning: room {name} holds {history}; deleting it destroys its history for good"));
                format!("delete room {name} and its {history}")
            } else {
                format!("delete room {name}")
            };
            if !allow_destroy {
                confirm(yes.yes, &what)?;
            }
            // Confirmed (or --allow-destroy): the history may go. A room that had none when
            // asked and has some now is refused by the server without it.
            let query = RoomDeleteQuery { pool, allow_destroy: allow_destroy || (yes.yes || held > 0) };
            c.delete(&path(&["rooms", &name]), &query, None).await.with_context(|| format!("deleting room {name}"))?;
            out.written(&serde_json::json!({ "deleted": name, "messages": held }), format!("deleted room {name}"))
        }
        RoomsCommand::Disable { name, pool } => toggle(ctx, &name, pool, false).await,
        RoomsCommand::Enable { name, pool } => toggle(ctx, &name, pool, true).await,
        RoomsCommand::Members(cmd) => members(ctx, cmd).await,
        RoomsCommand::Export { room: Some(room), with_history: true, filters, to } => {
            let name = match &filters.pool {
                Some(pool) => format!("{pool}/{room}"),
                None => room,
            };
            let request = crate::api::migration::ExportRequest { rooms: vec![name], ..Default::default() };
            let target = to.out.ok_or_else(|| super::InvalidInput("--with-history needs --out PATH".into()))?;
            super::migration::export(ctx, &request, &target).await
        }
        RoomsCommand::Export { filters, to, .. } => super::export::rooms(ctx, filters, &to).await,
        RoomsCommand::Import(args) => import(ctx, args).await,
        RoomsCommand::Clear { name, pool, before, dry_run, confirm: yes } => {
            let through = super::messages::time_arg("--before", &before)?;
            let mut body = crate::api::ClearRoom { through: through.clone(), dry_run: true };
            let query = PoolQuery { pool };
            let target = path(&["rooms", &name, "clear"]);
            let would: crate::api::ContentChanged =
                c.post(&target, &query, &body).await.with_context(|| format!("clearing room {name}"))?;
            let what = format!(
                "remove {} posted in room {name} on or before {through}",
                crate::api::text::count(would.messages as usize, "message")
            );
            if dry_run || would.messages == 0 {
                if out.structured() {
                    return out.data(&would);
                }
                out.note(format!("would {what}"));
                return Ok(());
            }
            confirm(yes.yes, &what)?;
            body.dry_run = false;
            let done: crate::api::ContentChanged =
                c.post(&target, &query, &body).await.with_context(|| format!("clearing room {name}"))?;
            out.written(
                &done,
                format!("removed {} from room {name}", crate::api::text::count(done.messages as usize, "message")),
            )
        }
    }
}

/// `rooms import -f rooms.csv`: the CSV's rows as Room documents, through plan/apply.
async fn import(ctx: &Ctx, args: RoomImportArgs) -> anyhow::Result<()> {
    let file = args.file.display().to_string();
    // Room lists are read under the plan files' size limit.
    let text = crate::plan::load::read_plan_file(&args.file, crate::plan::load::MAX_PLAN_FILE_BYTES).map_err(|e| {
        if e.contains("valid UTF-8") {
            InvalidInput(format!("{file}: not UTF-8 text; save the spreadsheet as \"CSV UTF-8\" and try again"))
        } else {
            InvalidInput(format!("{file}: {e}"))
        }
    })?;
    let (mut docs, problems) = crate::plan::rooms_csv::read(&file, &text).map_err(|found| {
        for d in &found {
            crate::say!("{}", crate::output::printable(&d.to_string()));
        }
        InvalidInput::problems("reading the room list", found.len())
    })?;
    let options = ApplyOptions::plan(args.yes, args.dry_run, false, args.allow_destroy);
    let state = fetch_state(&ctx.client, ListsToFetch::of_docs(&docs, options.prune), Default::default()).await?;
    apply_docs(ctx, &mut docs, problems, state, &options).await.map(drop)
}

/// `rooms enable` and `rooms disable`.
async fn toggle(ctx: &Ctx, name: &str, pool: Option<String>, enable: bool) -> anyhow::Result<()> {
    let (verb, doing, done) =
        if enable { ("enable", "enabling", "enabled") } else { ("disable", "disabling", "disabled") };
    let written: Written<Room> = ctx
        .client
        .post_empty(&path(&["rooms", name, verb]), &PoolQuery { pool })
        .await
        .with_context(|| format!("{doing} room {name}"))?;
    ctx.out.written(&written, format!("{done} room {}", written.object.name))
}

async fn members(ctx: &Ctx, command: MembersCommand) -> anyhow::Result<()> {
    let (c, out) = (&ctx.client, &ctx.out);
    match command {
        MembersCommand::List { room, pool } => {
            let list: Vec<RoomEntry> = c
                .get(&path(&["rooms", &room, "members"]), &PoolQuery { pool })
                .await
                .with_context(|| format!("listing the members of room {room}"))?;
            out.list(&list)
        }
        MembersCommand::Add(args) => {
            let change = MemberChange { role: args.role, add: args.principals.clone(), remove: vec![] };
            let written: Written<Room> = c
                .post(&path(&["rooms", &args.room, "members"]), &PoolQuery { pool: args.pool }, &change)
                .await
                .with_context(|| format!("adding {} to room {}", args.principals.join(", "), args.room))?;
            out.written(
                &written,
                format!(
                    "room {}: {} {}(s) now",
                    written.object.name,
                    written.object.principals(args.role).len(),
                    args.role
                ),
            )
        }
        MembersCommand::Remove(args) => {
            let change = MemberChange { role: args.role, add: vec![], remove: args.principals.clone() };
            let written: Written<Room> = c
                .post(&path(&["rooms", &args.room, "members"]), &PoolQuery { pool: args.pool }, &change)
                .await
                .with_context(|| format!("removing {} from room {}", args.principals.join(", "), args.room))?;
            out.written(
                &written,
                format!(
                    "room {}: {} {}(s) now",
                    written.object.name,
                    written.object.principals(args.role).len(),
                    args.role
                ),
            )
        }
    }
}
