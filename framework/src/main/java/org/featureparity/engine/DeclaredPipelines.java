package org.featureparity.engine;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.featureparity.contract.yaml.YamlContractReader;

/**
 * Whether a group's contract file declares {@code pipelines:}, read again from the file the group came from. A
 * stand-in until groups carry their pipelines from discovery (the {@code property} work): only what decides
 * whether a group gets its temporal check nodes.
 */
final class DeclaredPipelines {

    private DeclaredPipelines() {
    }

    static boolean declared(GroupDefinition group, SuiteDefinition suite) {
        String origin = group.origin();
        try {
            if (origin.startsWith(YamlSuiteReader.CLASSPATH_PREFIX)) {
                String path = origin.substring(YamlSuiteReader.CLASSPATH_PREFIX.length());
                InputStream in = suite.classLoader().getResourceAsStream(path);
                if (in == null) {
                    return false;
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return YamlContractReader.readPipelines(origin, reader).isPresent();
                }
            }
            if (origin.startsWith(YamlSuiteReader.FILE_PREFIX)) {
                return YamlContractReader.readPipelines(Path.of(origin.substring(YamlSuiteReader.FILE_PREFIX.length())))
                        .isPresent();
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            // a pipelines section that cannot be read is the property nodes' error to report; here it adds no node
            return false;
        }
    }
}
