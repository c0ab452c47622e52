package org.goalbook.bench;

import java.util.Random;

/** Words, sentences, tech names and links drawn from a seeded random source, for the generated journal. */
final class Prose {
    private static final String[] WORDS = ("build deploy learn cluster service pipeline container network storage "
            + "security cloud native scale monitor trace metric alert budget team review design system platform "
            + "engineer release latency cache queue stream event schema index query migrate refactor legacy modern "
            + "runtime compile native image startup memory thread async reactive gateway proxy mesh policy secret "
            + "config vault token identity federated audit compliance backup restore region zone failover replica "
            + "shard partition workload node pod operator controller chart manifest template module package library "
            + "framework component render state store route bundle test coverage mutation contract fuzz benchmark "
            + "profile heap garbage collector throughput customer product value flow practice habit mentor talk "
            + "article book course certificate exam workshop conference meetup podcast newsletter community")
            .split(" ");
    private static final String[] TECH = ("GatsbyJS React Next.js Redux SvelteKit Angular Remix Vue/Nuxt Flutter "
            + "Kotlin Swift Rust Go Zig Python Java GraalVM Quarkus Micronaut Spring Helidon Kafka Pulsar NATS Redis "
            + "Postgres SQLite DuckDB ClickHouse Kubernetes Helm Kustomize ArgoCD Flux Tekton Jenkins Terraform "
            + "Pulumi Crossplane Istio Linkerd Envoy Prometheus Grafana Loki Tempo OpenTelemetry Vault Okta Keycloak "
            + "Deno Bun Node.js TypeScript WebAssembly gRPC GraphQL OpenAPI Docker Podman Kaniko Buildah Rancher "
            + "k3s Nomad Consul Ansible Nix Bazel Gradle Maven Elixir Erlang Scala Clojure Haskell OCaml Julia")
            .split(" ");
    private static final String[] DOMAINS = {"example.org", "docs.example.com", "blog.example.net", "github.com",
        "www.youtube.com", "developer.example.io", "en.wikipedia.org", "news.example.co.uk"};
    private static final String[] AREAS = {"Front End", "Back End", "DevOps", "SysOps", "Containers", "Data",
        "Security", "Machine Learning", "Mobile", "Networking", "Leadership", "Writing", "Databases", "Testing",
        "Observability", "Languages", "Cloud", "Hardware"};

    private final Random random;

    Prose(long seed) {
        random = new Random(seed);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    String tech() {
        return TECH[random.nextInt(TECH.length)];
    }

    String area() {
        return AREAS[random.nextInt(AREAS.length)];
    }

    /** A few capitalised words, usable as a heading, topic or link text. */
    String title(int min, int max) {
        StringBuilder sb = new StringBuilder();
        int n = between(min, max);
        for (int i = 0; i < n; i++) {
            String w = i % 3 == 1 ? tech() : word();
            sb.append(i == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    /** A sentence without colons or commas, so that it is never read as a comma list. */
    String sentence() {
        StringBuilder sb = new StringBuilder(title(1, 1));
        int n = between(5, 16);
        for (int i = 0; i < n; i++) {
            sb.append(' ').append(chance(12) ? tech() : word());
        }
        return sb.append('.').toString();
    }

    /** Sentences on one line, now and then with a link, bold text or inline code. */
    String paragraph(int minSentences, int maxSentences) {
        StringBuilder sb = new StringBuilder();
        int n = between(minSentences, maxSentences);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(sentence());
            if (chance(25)) {
                sb.append(" See ").append(link()).append('.');
            } else if (chance(10)) {
                sb.append(" **").append(tech()).append("** and `").append(word()).append("()` matter.");
            }
        }
        return sb.toString();
    }

    String url() {
        StringBuilder sb = new StringBuilder("https://").append(DOMAINS[random.nextInt(DOMAINS.length)]);
        int parts = between(1, 4);
        for (int i = 0; i < parts; i++) {
            sb.append('/').append(word());
        }
        if (chance(20)) {
            sb.append("?utm_source=newsletter&utm_medium=email&id=").append(random.nextInt(1_000_000));
        }
        return sb.toString();
    }

    String link() {
        return "[" + title(1, 4) + "](" + url() + ")";
    }

    String date(int year) {
        return String.format("%04d-%02d-%02d", year, between(1, 12), between(1, 28));
    }
}
