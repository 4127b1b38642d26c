package org.ccnplan.domain;

import java.math.BigDecimal;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** Provincial policy parameters that the rules read. */
public class Policy {

    @PlanningId
    private String id = "policy";
    private int maxSectorsPerCluster;
    private BigDecimal reserveValuePerHa;

    public Policy() {
    }

    public Policy(int maxSectorsPerCluster, BigDecimal reserveValuePerHa) {
        this.maxSectorsPerCluster = maxSectorsPerCluster;
        this.reserveValuePerHa = reserveValuePerHa;
    }

    public String getId() {
        return id;
    }

    public int getMaxSectorsPerCluster() {
        return maxSectorsPerCluster;
    }

    public BigDecimal getReserveValuePerHa() {
        return reserveValuePerHa;
    }
}
