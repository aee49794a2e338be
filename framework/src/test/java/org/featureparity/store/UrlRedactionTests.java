package org.featureparity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.featureparity.store.UrlRedaction.redact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlRedactionTests {

    @Test
    void userInfoInTheAuthority() {
        assertThat(redact("jdbc:postgresql://parity:hunter2@db.internal:5432/features"))
                .isEqualTo("jdbc:postgresql://****@db.internal:5432/features");
        assertThat(redact("postgresql://parity@db/features")).isEqualTo("postgresql://****@db/features");
    }

    @Test
    void passwordHoldingAnUnescapedAt() {
        assertThat(redact("jdbc:postgresql://parity:p@ss@db:5432/features"))
                .isEqualTo("jdbc:postgresql://****@db:5432/features");
        assertThat(redact("postgresql://u:a@b@c@db/f?x=1 and https://h/p@q"))
                .isEqualTo("postgresql://****@db/f?x=1 and https://h/p@q");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db/features?user=parity&password=hunter2 | jdbc:postgresql://db/features?user=parity&password=****",
            "jdbc:postgresql://db/features?password=hunter2&ssl=true   | jdbc:postgresql://db/features?password=****&ssl=true",
            "jdbc:postgresql://db/features?PASSWORD=hunter2            | jdbc:postgresql://db/features?PASSWORD=****",
            "jdbc:postgresql://db/features?Password=hunter2            | jdbc:postgresql://db/features?Password=****",
            "jdbc:postgresql://db/features?sslpassword=hunter2         | jdbc:postgresql://db/features?sslpassword=****",
            "jdbc:postgresql://db/features?sslPassword=hunter2&x=1     | jdbc:postgresql://db/features?sslPassword=****&x=1",
            "https://api.example.com/v1?token=abc.def-123              | https://api.example.com/v1?token=****",
            "https://api.example.com/v1?Token=abc&page=2               | https://api.example.com/v1?Token=****&page=2",
            "https://api.example.com/v1?access_token=abc               | https://api.example.com/v1?access_token=****",
            "jdbc:sqlserver://db;user=sa;password=hunter2;encrypt=true | jdbc:sqlserver://db;user=sa;password=****;encrypt=true",
    })
    void secretQueryParameters(String url, String redacted) {
        assertThat(redact(url)).isEqualTo(redacted);
    }

    @Test
    void bothUserInfoAndParameters() {
        assertThat(redact("jdbc:postgresql://a:b@db/f?sslpassword=c&token=d"))
                .isEqualTo("jdbc:postgresql://****@db/f?sslpassword=****&token=****");
    }

    @Test
    void messagesQuotingAUrl() {
        String message = "Connection to jdbc:postgresql://parity:hunter2@db:5432/features failed: refused";
        assertThat(redact(message))
                .isEqualTo("Connection to jdbc:postgresql://****@db:5432/features failed: refused")
                .doesNotContain("hunter2");
        String withParameter = "could not open jdbc:postgresql://db/f?user=u&password=hunter2 (timeout)";
        assertThat(redact(withParameter))
                .isEqualTo("could not open jdbc:postgresql://db/f?user=u&password=**** (timeout)");
    }

    @Test
    void everyOccurrence() {
        String text = "old=jdbc:postgresql://a:s1@h1/d new=jdbc:postgresql://b:s2@h2/d?password=s3";
        assertThat(redact(text)).doesNotContain("s1", "s2", "s3")
                .isEqualTo("old=jdbc:postgresql://****@h1/d new=jdbc:postgresql://****@h2/d?password=****");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://db.internal:5432/features",
            "jdbc:postgresql://db/features?user=parity&ssl=true",
            "https://example.com/path/with@sign",
            "a plain message without any secret",
            "mailto user@example.com",
            ""})
    void textWithoutSecretsIsUntouched(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(redact(null)).isEmpty();
    }
}
