package org.ccnplan.benchmark.exact;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;

import com.google.ortools.sat.BoolVar;

/** x[j, c, p]: project j starts in cluster c in phase p. A project takes at most one; none means unplaced. */
public record Placement(Project project, Cluster cluster, Phase phase, BoolVar chosen) {
}
