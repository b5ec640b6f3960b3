package dev.billingsim.simulator.cli;

/** The {@code --help} text. Kept to 100 columns so it reads in any terminal. */
final class Usage {

  static final String TEXT =
      """
      Billing simulator: Alibaba Cloud's renewal and billing APIs (ENS, ECS elasticity assurances,
      BSS OpenAPI) on a local HTTP endpoint, for testing code that uses the official SDKs without a
      real account or real money.

      Usage: java -jar billing-simulator.jar [options]

      Options, in any order, each as --name value or --name=value:

        --port N               Port to listen on; 0 picks a free one (read it from the ready line).
                               Default: 8080.
        --state FILE           Start from this state document (the JSON that
                               GET /__admin/billing/state returns) instead of the built-in demo
                               state. The file must exist. Default: the demo state.
        --persist FILE         Keep the state in FILE: start from it if it exists (otherwise from
                               --state or the demo state) and write every committed change to it
                               before answering, so nothing acknowledged is lost on a restart or a
                               kill -9. Default: state in memory only.
        --flow-control on|off  Throttle each AccessKeyId and action to 10 requests per second, as
                               Alibaba Cloud does (answering Throttling.User). Default: on.
        --journal N            Keep the last N requests for WireMock's /__admin/requests, at the
                               same small cost per request whatever N is; 0 turns the journal off
                               (request listing and verification are then unavailable).
                               Default: 1000.
        --seed N               Seed of every random choice (fault rule probabilities, RequestIds),
                               so a run with the same calls can be repeated exactly.
                               Default: a new random seed at every start.
        --admin-token T        Require the header "Authorization: Token T" on every /__admin call.
                               Default: the admin API is open to anyone who can reach the port.
        --demo-call            Start no server: act as a client instead, renewing the demo
                               instance once with a request signed by the demo key against a
                               simulator already running on --port, and print the answer.
        -h, --help             Print this help and exit.

      When it is ready it prints one line containing: listening on http://127.0.0.1:<port>
      Point an SDK at 127.0.0.1:<port> over HTTP; the demo key is demo-ak / demo-secret.
      The admin API is under http://127.0.0.1:<port>/__admin/billing: state, reset, clock,
      faults, catalogue and orders (see the README). Stop it with Ctrl-C or SIGTERM.

      Examples:
        java -jar billing-simulator.jar
        java -jar billing-simulator.jar --port 0 --seed 42
        java -jar billing-simulator.jar --state my-accounts.json --flow-control off
        java -jar billing-simulator.jar --persist billing-state.json --journal 0
      """;

  private Usage() {}
}
