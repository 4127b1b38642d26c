package org.ccnplan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The integer units of SPEC section 4, computed once at load from the dataset's exact decimals. */
public final class Units {

    private Units() {
    }

    /** HALF_UP(x): rounds half away from zero. */
    public static long halfUp(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** L = HALF_UP(landHa x 100), hundredths of a hectare. */
    public static long centiHectares(BigDecimal landHa) {
        return halfUp(landHa.movePointRight(2));
    }

    /** P = HALF_UP(powerMw x 1000), kilowatts. */
    public static long kilowatts(BigDecimal powerMw) {
        return halfUp(powerMw.movePointRight(3));
    }

    /** Land in hundredths of a hectare shown as hectares with two decimals. */
    public static BigDecimal hectares(long centiHectares) {
        return BigDecimal.valueOf(centiHectares, 2);
    }

    /** Power in kilowatts shown as megawatts with three decimals. */
    public static BigDecimal megawatts(long kilowatts) {
        return BigDecimal.valueOf(kilowatts, 3);
    }

    /** K = (T x D + 500000) div 1000000, thousand tonne-km a year. */
    public static long thousandTonneKm(long freightTonnesPerYear, long distanceMetres) {
        return (freightTonnesPerYear * distanceMetres + 500_000L) / 1_000_000L;
    }

    /**
     * D(c, h) from coordinates: haversine (R = 6371.0 km) times the road factor, rounded to whole metres.
     * StrictMath keeps the result bit-identical on every machine, so plans are reproducible.
     */
    public static long roadMetres(BigDecimal clusterLat, BigDecimal clusterLon, BigDecimal hubLat, BigDecimal hubLon,
            double roadFactor) {
        double latC = StrictMath.toRadians(clusterLat.doubleValue());
        double latH = StrictMath.toRadians(hubLat.doubleValue());
        double sinHalfDLat = StrictMath.sin((latH - latC) / 2);
        double sinHalfDLon = StrictMath.sin(
                (StrictMath.toRadians(hubLon.doubleValue()) - StrictMath.toRadians(clusterLon.doubleValue())) / 2);
        double a = sinHalfDLat * sinHalfDLat
                + StrictMath.cos(latC) * StrictMath.cos(latH) * sinHalfDLon * sinHalfDLon;
        double dKm = 2 * 6371.0 * StrictMath.asin(StrictMath.sqrt(a));
        return Math.round(dKm * 1000 * roadFactor);
    }

    /** D(c, h) from a road distance given in km: HALF_UP(km x 1000). */
    public static long givenMetres(BigDecimal km) {
        return halfUp(km.movePointRight(3));
    }
}
