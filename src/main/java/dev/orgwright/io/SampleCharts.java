package dev.orgwright.io;

import dev.orgwright.model.Chart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The charts that ship with the program, read from its resources. */
public final class SampleCharts {

    /** The resource name of the built-in sample chart. */
    static final String LEADERSHIP = "/dev/orgwright/samples/leadership.orgchart.json";

    private SampleCharts() {
    }

    /**
     * The built-in sample: a CEO, the senior team under it and heads of departments under them,
     * in the default "Leadership team" template, with one duty deliberately in the wrong tier.
     */
    public static Chart leadershipTeam() {
        try (InputStream in = SampleCharts.class.getResourceAsStream(LEADERSHIP)) {
            if (in == null) {
                throw new IllegalStateException("The sample chart is missing from this build of Orgwright.");
            }
            return ChartReader.read(in, "leadership.orgchart.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ChartFormatException e) {
            throw new IllegalStateException("The built-in sample chart is broken: " + e.getMessage(), e);
        }
    }
}
