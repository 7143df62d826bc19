// A downstream service: its own durable consumer on `ink.article.indexed`, validated with the contracts.
//   pnpm exec tsx examples/subscribe.ts            (NATS_URL, INK_NAMESPACE as for the pipeline)
// Prints each indexed article's title; replays history first (deliver all), then follows new ones.
// Its durable consumer (CONSUMER, default example_titles) stays on the namespace's stream after you stop it: delete
// it with `nats consumer rm <namespace>_events example_titles`; `pnpm inkstream purge --yes` removes it with the rest.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { EVENT_SCHEMAS, HEADERS, namesFor, subjectFor } from "@inkstream/contracts";

const natsUrl = process.env["NATS_URL"] ?? "nats://127.0.0.1:4222";
const namespace = process.env["INK_NAMESPACE"] ?? "ink";
const durable = process.env["CONSUMER"] ?? "example_titles";

const nc = await connect({ servers: natsUrl, name: "example-subscriber" });
const jsm = await jetstreamManager(nc);
const { stream } = namesFor(namespace);
// the consumer is this service's own: its name, its position, its replay
await jsm.consumers
  .add(stream, { durable_name: durable, filter_subject: subjectFor(namespace, "articleIndexed"), ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All })
  .catch((err: unknown) => {
    if (!/already/i.test(String(err))) throw err;
  });
const consumer = await jetstream(nc).consumers.get(stream, durable);
const messages = await consumer.consume();
process.once("SIGINT", () => void messages.close().then(() => nc.drain()));
console.log(`following ${subjectFor(namespace, "articleIndexed")} as ${durable} (Ctrl-C to stop)`);

for await (const m of messages) {
  const parsed = EVENT_SCHEMAS.articleIndexed.safeParse(m.json());
  if (!parsed.success) {
    console.error(`skipping an invalid event (${m.headers?.get(HEADERS.id) ?? "no id"}): ${parsed.error.issues[0]?.message ?? ""}`);
    m.term();
    continue;
  }
  const e = parsed.data;
  console.log(`${e.change.padEnd(9)} v${e.version} [${e.language}] ${e.title}  (${e.articleId})`);
  m.ack();
}
