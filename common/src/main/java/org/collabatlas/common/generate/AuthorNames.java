package org.collabatlas.common.generate;

import java.util.List;
import java.util.Map;

/** Invented author names: given and family names by the naming culture of the author's country. */
final class AuthorNames {
    private AuthorNames() {
    }

    private static final Map<String, List<List<String>>> CULTURES = Map.of(
            "zh", List.of(List.of("Wei", "Jing", "Li", "Min", "Hao", "Xin", "Yu", "Jun", "Lei", "Yan", "Tao", "Ying",
                            "Qiang", "Hui", "Bo", "Chen", "Jie", "Fang", "Zhi", "Peng"),
                    List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
                            "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo")),
            "ja", List.of(List.of("Hiroshi", "Takashi", "Yuki", "Kenji", "Akira", "Naoko", "Satoshi", "Yuko", "Kazuki",
                            "Haruka", "Daisuke", "Emi", "Shota", "Mai", "Ryo"),
                    List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                            "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue")),
            "ko", List.of(List.of("Min-jun", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Su-bin", "Dong-hyun", "Ji-woo",
                            "Sung-min", "Eun-ji", "Jae-won"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim")),
            "in", List.of(List.of("Amit", "Priya", "Rahul", "Sneha", "Vikram", "Anjali", "Suresh", "Deepa", "Arjun",
                            "Kavya", "Rohit", "Neha"),
                    List.of("Sharma", "Patel", "Kumar", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Das", "Rao",
                            "Mehta", "Joshi")),
            "ar", List.of(List.of("Mohammed", "Ahmed", "Fatima", "Omar", "Ali", "Layla", "Hassan", "Yousef", "Mariam",
                            "Khalid"),
                    List.of("Al-Harbi", "Hassan", "Abdullah", "Al-Qahtani", "Haddad", "Mansour", "Saleh", "Nasser",
                            "Farouk", "Rahman")),
            "en", List.of(List.of("James", "Emma", "Michael", "Olivia", "David", "Sophie", "Daniel", "Anna", "Thomas",
                            "Laura", "Lukas", "Marco", "Elena", "Pierre", "Maria", "Jan", "Sara", "Carlos"),
                    List.of("Smith", "Johnson", "Brown", "Miller", "Wilson", "Taylor", "Mueller", "Schmidt", "Rossi",
                            "Garcia", "Martin", "Dubois", "Nowak", "Jensen", "Silva", "Novak", "Murphy", "Bauer")));

    private static String culture(String country) {
        return switch (country) {
            case "CN", "TW", "HK", "MO", "SG" -> "zh";
            case "JP" -> "ja";
            case "KR", "KP" -> "ko";
            case "IN", "PK", "BD", "LK", "NP" -> "in";
            case "SA", "AE", "EG", "JO", "QA", "KW", "OM", "IQ", "DZ", "MA", "TN", "LB" -> "ar";
            default -> "en";
        };
    }

    /** A name for the author numbered {@code key} (a hash) of a country: the same key, the same name. */
    static String name(String country, long key) {
        List<List<String>> c = CULTURES.get(culture(country));
        List<String> given = c.get(0);
        List<String> family = c.get(1);
        int g = (int) Math.floorMod(key, (long) given.size());
        int f = (int) Math.floorMod(key / 31, (long) family.size());
        return given.get(g) + " " + family.get(f);
    }
}
