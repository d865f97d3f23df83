//! Passwordless e-mail login with otp_pg, from Rust (tokio-postgres).
//!
//! A sender task stands in for the service that e-mails codes; `main` is the application. Run with
//! OTP_PG_DSN set to a libpq connection string (tokio-postgres takes those as they are), e.g.
//! "host=127.0.0.1 user=postgres dbname=postgres". An error or a failed check ends it with a message
//! and a non-zero exit code.

use std::collections::HashMap;
use std::future::poll_fn;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::sync::{mpsc, watch};
use tokio_postgres::{AsyncMessage, Client, NoTls};
use uuid::Uuid;

type Error = Box<dyn std::error::Error + Send + Sync>;
/// Codes "sent" by the sender, by identifier; the application waits on its receiver.
type Mailbox = watch::Sender<HashMap<String, String>>;

const CLAIM_BATCH: i32 = 10;
const FALLBACK_POLL: Duration = Duration::from_secs(5); // notifications sent while nobody listens are lost
const CODE_DEADLINE: Duration = Duration::from_secs(10);

/// Claims requests until none are left, "sends" each one and acknowledges it.
async fn deliver_pending(client: &Client, mailbox: &Mailbox) -> Result<(), Error> {
    loop {
        let requests = client.query("SELECT * FROM otp_claim_deliveries($1, 30)", &[&CLAIM_BATCH]).await?;
        for request in &requests {
            let identifier: String = request.get("identifier");
            println!("sender: sending a code to {identifier}");
            mailbox.send_modify(|codes| drop(codes.insert(identifier, request.get("code"))));
            client.execute("SELECT otp_ack_delivery($1)", &[&request.get::<_, i64>("delivery_id")]).await?;
        }
        if requests.len() < CLAIM_BATCH as usize {
            return Ok(());
        }
    }
}

/// Connects, LISTENs, then runs the sender loop in the background until the program ends.
async fn start_sender(dsn: &str, mailbox: Mailbox) -> Result<(), Error> {
    let (client, mut connection) = tokio_postgres::connect(dsn, NoTls).await?;
    // The connection object does the I/O; the notifications it yields wake the sender loop.
    let (wake, mut woken) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Some(message) = poll_fn(|cx| connection.poll_message(cx)).await {
            match message {
                Ok(AsyncMessage::Notification(_)) => drop(wake.send(())),
                Ok(_) => {}
                Err(error) => return eprintln!("sender connection: {error:?}"),
            }
        }
    });
    client.batch_execute("LISTEN otp_delivery").await?; // before anything is initiated
    println!("sender: listening on otp_delivery");
    tokio::spawn(async move {
        loop {
            if let Err(error) = deliver_pending(&client, &mailbox).await {
                return eprintln!("sender: {error:?}"); // dropping the mailbox tells the application
            }
            // Woken by a notification or by the timeout: claim again.
            let _ = tokio::time::timeout(FALLBACK_POLL, woken.recv()).await;
        }
    });
    Ok(())
}

/// status, remaining_attempts, identifier and payload of an otp_verify call.
type Verification = (String, Option<i32>, Option<String>, Option<Value>);

async fn verify(app: &Client, challenge_id: Uuid, code: &str) -> Result<Verification, Error> {
    let row = app.query_one("SELECT * FROM otp_verify($1, $2)", &[&challenge_id, &code]).await?;
    Ok((row.get("status"), row.get("remaining_attempts"), row.get("identifier"), row.get("payload")))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let dsn = std::env::var("OTP_PG_DSN").map_err(|_| "OTP_PG_DSN is not set")?;
    let (mailbox, mut delivered) = watch::channel(HashMap::new());
    start_sender(&dsn, mailbox).await?;

    let (app, connection) = tokio_postgres::connect(&dsn, NoTls).await?;
    tokio::spawn(connection);
    let address = format!("login-{}@example.com", &Uuid::new_v4().simple().to_string()[..12]);
    let challenge = app
        .query_one(r#"SELECT * FROM otp_initiate($1, 'email', '{"next": "/dashboard"}'::jsonb)"#, &[&address])
        .await?;
    let challenge_id: Uuid = challenge.get("challenge_id");
    println!("app: challenge started for {}", challenge.get::<_, &str>("masked_identifier"));

    let code_arrived = delivered.wait_for(|codes| codes.contains_key(&address));
    let code = match tokio::time::timeout(CODE_DEADLINE, code_arrived).await {
        Ok(Ok(codes)) => codes[&address].clone(),
        Ok(Err(_)) => return Err("the sender stopped (its error is above)".into()),
        Err(_) => return Err(format!("no code for {address} within {CODE_DEADLINE:?}").into()),
    };
    println!("app: the code arrived in the mailbox");

    let wrong_code: String = code.bytes().map(|digit| (b'0' + (digit - b'0' + 1) % 10) as char).collect();
    let (status, remaining, _, _) = verify(&app, challenge_id, &wrong_code).await?;
    assert_eq!((status.as_str(), remaining), ("invalid_code", Some(4)), "wrong code");
    println!("app: wrong code refused, 4 attempts left");

    let (status, _, identifier, payload) = verify(&app, challenge_id, &code).await?;
    let payload = payload.unwrap_or_default();
    let expected = ("success", Some(address.as_str()), &json!({"next": "/dashboard"}));
    assert_eq!((status.as_str(), identifier.as_deref(), &payload), expected, "right code");
    println!("app: right code accepted, next page {}", payload["next"].as_str().unwrap_or_default());

    let (status, remaining, _, _) = verify(&app, challenge_id, &code).await?;
    assert_eq!((status.as_str(), remaining), ("not_found", None), "used code");
    println!("app: the used code no longer works");
    println!("login flow OK");
    Ok(())
}
