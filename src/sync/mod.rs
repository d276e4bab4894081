//! `pchat directory sync`: the organisation's LDAP directory (Active Directory or OpenLDAP)
//! as the source of pchat's users and groups, through the plan path (docs/directory.md).

pub mod config;
pub mod dn;
pub mod ldap;
pub mod map;
