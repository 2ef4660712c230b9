//! Work on every core, results handed on in input order.
//!
//! Texts are checked in parallel but reported in the order they were given,
//! each as soon as it and every text before it are done, so a long run
//! shows its first files at once and holds only the few files in flight.
//! rayon's ordered parallel iterators collect every result before handing
//! any on, which would keep a whole run's findings in memory; a queue, a
//! channel and a reorder buffer bounded by a window do the job in a page.

use std::collections::BTreeMap;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

/// Results a worker may run ahead of the oldest one not yet handed on,
/// per worker: enough to keep every core busy when texts differ in size,
/// few enough that memory follows the texts in flight, not the run.
const AHEAD_PER_WORKER: usize = 4;

/// The number of threads a run uses when `-j` does not say: one per core.
pub fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Runs `work` on every item on `threads` threads (at least one) and calls
/// `emit` with the results in the items' order. Stops early, returning the
/// error, when `emit` fails (a closed pipe, say).
pub fn ordered<T: Send, R: Send>(
    items: Vec<T>,
    threads: usize,
    work: impl Fn(T) -> R + Sync,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()> {
    let workers = threads.min(items.len());
    if workers <= 1 {
        for item in items {
            emit(work(item))?;
        }
        return Ok(());
    }
    let window = workers * AHEAD_PER_WORKER;
    let queue = Mutex::new(items.into_iter().enumerate());
    // The index of the next result to hand on, which workers wait on.
    let handed_on = (Mutex::new(0usize), Condvar::new());
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (results, received) = mpsc::channel::<(usize, R)>();
        for _ in 0..workers {
            let results = results.clone();
            let (queue, handed_on, stop, work) = (&queue, &handed_on, &stop, &work);
            scope.spawn(move || loop {
                let next = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
                let Some((index, item)) = next else { break };
                {
                    let (next_out, turn) = handed_on;
                    let mut next_out = next_out.lock().unwrap_or_else(|e| e.into_inner());
                    while index >= *next_out + window && !stop.load(Ordering::Relaxed) {
                        next_out = turn.wait(next_out).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::Relaxed) || results.send((index, work(item))).is_err() {
                    break;
                }
            });
        }
        drop(results);
        let mut waiting: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0;
        let mut outcome = Ok(());
        for (index, result) in received {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&next) {
                if outcome.is_ok() {
                    outcome = emit(result);
                    if outcome.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
                next += 1;
                let (next_out, turn) = &handed_on;
                *next_out.lock().unwrap_or_else(|e| e.into_inner()) = next;
                turn.notify_all();
            }
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_whatever_the_work_takes() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        ordered(
            items,
            4,
            |n| {
                // Uneven work: later items often finish first.
                std::thread::sleep(std::time::Duration::from_micros((200 - n) % 7 * 50));
                n * 2
            },
            |r| {
                seen.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..200).map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn workers_run_no_further_ahead_than_the_window() {
        use std::sync::atomic::AtomicUsize;
        let threads = 3;
        let (started, emitted) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let mut most_ahead = 0;
        ordered(
            (0..300).collect::<Vec<u64>>(),
            threads,
            |n| {
                started.fetch_add(1, Ordering::SeqCst);
                // The first item waits while the other workers run ahead
                // until the window stops them (or ten seconds pass).
                if n == 0 {
                    let window = threads * AHEAD_PER_WORKER;
                    let since = std::time::Instant::now();
                    while started.load(Ordering::SeqCst) < window
                        && since.elapsed() < std::time::Duration::from_secs(10)
                    {
                        std::thread::sleep(std::time::Duration::from_millis(1));
                    }
                }
                n
            },
            |_| {
                let ahead = started.load(Ordering::SeqCst) - emitted.load(Ordering::SeqCst);
                most_ahead = most_ahead.max(ahead);
                emitted.fetch_add(1, Ordering::SeqCst);
                Ok(())
            },
        )
        .unwrap();
        // Results waiting to be handed on, plus one item per worker that
        // was taken before the window closed.
        assert!(
            most_ahead <= threads * AHEAD_PER_WORKER + threads,
            "{most_ahead} results in flight"
        );
        assert!(
            most_ahead >= threads * AHEAD_PER_WORKER,
            "the workers ran ahead: {most_ahead}"
        );
    }

    #[test]
    fn one_thread_works_in_order_on_the_calling_thread() {
        let caller = std::thread::current().id();
        let mut seen = Vec::new();
        ordered(
            (0..20).collect::<Vec<u32>>(),
            1,
            |n| (n, std::thread::current().id()),
            |(n, id)| {
                assert_eq!(id, caller);
                seen.push(n);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..20).collect::<Vec<_>>());
    }

    #[test]
    fn a_failing_emit_stops_the_run_with_its_error() {
        let mut emitted = 0;
        let outcome = ordered(
            (0..1000).collect::<Vec<u32>>(),
            4,
            |n| n,
            |n| {
                emitted += 1;
                if n == 10 {
                    Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(outcome.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(emitted, 11);
    }
}
