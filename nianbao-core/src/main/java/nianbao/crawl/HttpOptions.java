package nianbao.crawl;

import java.time.Duration;

/**
 * How politely the crawler fetches.
 *
 * @param contact    how to reach the operator, put in the User-Agent
 * @param delay      the least time between two requests to a host
 * @param timeout    for a whole response
 * @param maxBytes   responses larger than this are refused
 * @param maxPerHost requests to a host in one run, at most
 * @param attempts   tries of a request failing with 5xx, 429 or a network error
 * @param backoff    the wait before the second try; doubled for each further one
 */
public record HttpOptions(String contact, Duration delay, Duration timeout, long maxBytes, int maxPerHost,
                          int attempts, Duration backoff) {

    /** An honest User-Agent: who we are and how to reach whoever runs us. */
    public String userAgent() {
        return "nianbao/0.1 (government information-disclosure annual reports for research; contact: " + contact + ")";
    }
}
