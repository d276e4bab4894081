//! What a node counts and serves at `/metrics` (the Prometheus text format, by
//! `prometheus-client`): requests by route and status and their latencies, live
//! connections and subscribers, messages posted, the store's connections in use, and how
//! long ago the node's last heartbeat was written.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CheckLabels {
    check: String,
}

fn latency_histogram() -> Histogram {
    // 0.5 ms to about 8 s.
    Histogram::new(exponential_buckets(0.0005, 2.0, 15))
}

/// A node's counters. Cheap to update from any task.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    /// Every request answered, for the heartbeat's requests per second.
    pub requests_answered: AtomicU64,
    pub connections: Gauge,
    pub subscribers: Gauge,
    pub messages_posted: Counter,
    store_connections: Gauge,
    store_idle: Gauge,
    heartbeat_age: Gauge<f64, std::sync::atomic::AtomicU64>,
    /// When the last heartbeat was written (ms since 1970; 0: never).
    pub last_heartbeat_ms: AtomicI64,
    checks: Family<CheckLabels, Gauge>,
    checks_run_at: Gauge,
}

impl Metrics {
    pub fn new() -> Arc<Metrics> {
        let mut registry = Registry::with_prefix("pchat");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "Requests answered, by route and status", requests.clone());
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        registry.register_with_unit(
            "http_request_duration",
            "Time to answer a request, by route",
            prometheus_client::registry::Unit::Seconds,
            latency.clone(),
        );
        let connections = Gauge::default();
        registry.register("connections", "Open client connections", connections.clone());
        let subscribers = Gauge::default();
        registry.register("live_subscribers", "Clients following live events", subscribers.clone());
        let messages_posted = Counter::default();
        registry.register("messages_posted", "Messages committed through this node", messages_posted.clone());
        let store_connections = Gauge::default();
        registry.register("store_connections", "Store connections open", store_connections.clone());
        let store_idle = Gauge::default();
        registry.register("store_connections_idle", "Store connections open and idle", store_idle.clone());
        let heartbeat_age = Gauge::<f64, std::sync::atomic::AtomicU64>::default();
        registry.register_with_unit(
            "heartbeat_age",
            "Time since this node last wrote its heartbeat to the store",
            prometheus_client::registry::Unit::Seconds,
            heartbeat_age.clone(),
        );
        let checks = Family::<CheckLabels, Gauge>::default();
        registry.register(
            "checklist_result",
            "The last result of each deployment check this node ran: 0 pass, 1 warn, 2 fail, -1 skip",
            checks.clone(),
        );
        let checks_run_at = Gauge::default();
        registry.register_with_unit(
            "checklist_last_run_timestamp",
            "When this node last ran deployment checks (0: never)",
            prometheus_client::registry::Unit::Seconds,
            checks_run_at.clone(),
        );
        Arc::new(Metrics {
            registry,
            requests,
            latency,
            requests_answered: AtomicU64::new(0),
            connections,
            subscribers,
            messages_posted,
            store_connections,
            store_idle,
            heartbeat_age,
            last_heartbeat_ms: AtomicI64::new(0),
            checks,
            checks_run_at,
        })
    }

    /// Keeps the results of a checklist run, each check's last one, for scrapes.
    pub fn checked(&self, checks: &[crate::api::checklist::Check]) {
        for check in checks {
            self.checks.get_or_create(&CheckLabels { check: check.id.clone() }).set(check.result.metric());
        }
        self.checks_run_at.set(crate::store::now_ms() / 1000);
    }

    /// Counts one answered request; `route` is the route's pattern (`/v1/rooms/{name}`),
    /// never the path a client sent, so the label set stays bounded.
    pub fn answered(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.requests_answered.fetch_add(1, Ordering::Relaxed);
        self.requests.get_or_create(&RequestLabels { method: method.into(), route: route.into(), status }).inc();
        self.latency.get_or_create(&RouteLabels { method: method.into(), route: route.into() }).observe(seconds);
    }

    /// The text a scrape gets, with the gauges read now.
    pub fn render(&self, store: (u32, u32)) -> String {
        self.store_connections.set(i64::from(store.0));
        self.store_idle.set(i64::from(store.1));
        let last = self.last_heartbeat_ms.load(Ordering::Relaxed);
        let age = if last == 0 { -1.0 } else { (crate::store::now_ms() - last) as f64 / 1000.0 };
        self.heartbeat_age.set(age);
        let mut out = String::new();
        // Writing to a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }

    /// Counts a live subscriber while the guard lives.
    pub fn subscriber(self: &Arc<Self>) -> Live {
        self.subscribers.inc();
        Live { gauge: self.subscribers.clone() }
    }
}

/// Holds one count of a gauge (a connection, a subscriber) until dropped.
pub struct Live {
    gauge: Gauge,
}

impl Live {
    pub fn new(gauge: &Gauge) -> Live {
        gauge.inc();
        Live { gauge: gauge.clone() }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        self.gauge.dec();
    }
}
