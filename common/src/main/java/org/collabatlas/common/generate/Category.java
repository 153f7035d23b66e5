package org.collabatlas.common.generate;

import java.util.List;

/**
 * The eight ICT technology categories of the reference study, with the vocabularies the generator draws a paper's
 * keywords from: IEEE thesaurus-style index terms ({@code ieeeTerms}), author keywords ({@code authorTerms}) and
 * venue names. A paper's true categories are in the ground truth; its keywords are drawn only from the
 * vocabularies of those categories (plus {@link #GENERIC_TERMS}, which name no category), so a keyword classifier
 * can recover them.
 *
 * <p>{@code share} is the assumed share of papers whose primary category this is (documented in
 * {@code docs/generator.md}; the study gives no per-category paper counts).
 */
public enum Category {
    AI("ai", 0.30,
            List.of("Artificial intelligence", "Machine learning", "Deep learning", "Neural networks",
                    "Convolutional neural networks", "Natural language processing", "Computer vision",
                    "Reinforcement learning", "Feature extraction", "Image recognition", "Speech recognition",
                    "Recurrent neural networks", "Learning (artificial intelligence)", "Transformers",
                    "Object detection", "Knowledge graphs"),
            List.of("deep learning", "machine learning", "neural network", "CNN", "reinforcement learning",
                    "transfer learning", "large language model", "attention mechanism", "image classification",
                    "few-shot learning", "generative adversarial network", "explainable AI", "federated learning",
                    "graph neural network", "semantic segmentation", "sentiment analysis"),
            List.of("IEEE Transactions on Pattern Analysis and Machine Intelligence",
                    "IEEE Transactions on Neural Networks and Learning Systems",
                    "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
                    "International Joint Conference on Neural Networks (IJCNN)")),
    IOT("iot-systems", 0.12,
            List.of("Internet of Things", "Wireless sensor networks", "Sensors", "Smart homes", "Smart cities",
                    "Cyber-physical systems", "Embedded systems", "RFID tags", "Intelligent sensors",
                    "Home automation", "Industrial Internet of Things"),
            List.of("internet of things", "IoT", "wireless sensor network", "smart home", "smart city",
                    "IIoT", "LoRaWAN", "Zigbee", "digital twin", "cyber-physical system", "sensor network",
                    "energy harvesting"),
            List.of("IEEE Internet of Things Journal", "IEEE World Forum on Internet of Things (WF-IoT)",
                    "IEEE Sensors Journal")),
    EDGE("edge-computing", 0.05,
            List.of("Edge computing", "Multi-access edge computing", "Fog computing", "Cloud computing",
                    "Computation offloading", "Mobile edge computing", "Task offloading", "Servers",
                    "Resource management", "Virtualization"),
            List.of("edge computing", "MEC", "fog computing", "computation offloading", "task offloading",
                    "edge intelligence", "cloud-edge collaboration", "service placement", "serverless",
                    "edge caching"),
            List.of("IEEE Transactions on Mobile Computing", "IEEE/ACM Symposium on Edge Computing (SEC)",
                    "IEEE Transactions on Cloud Computing")),
    SECURITY("cybersecurity", 0.10,
            List.of("Computer security", "Cryptography", "Intrusion detection", "Privacy", "Malware",
                    "Authentication", "Blockchains", "Network security", "Encryption", "Access control",
                    "Data privacy", "Public key cryptography"),
            List.of("cybersecurity", "security", "intrusion detection", "malware detection", "privacy",
                    "blockchain", "authentication", "differential privacy", "post-quantum cryptography",
                    "anomaly detection", "homomorphic encryption", "side-channel attack", "phishing"),
            List.of("IEEE Transactions on Information Forensics and Security",
                    "IEEE Symposium on Security and Privacy (SP)",
                    "IEEE Transactions on Dependable and Secure Computing")),
    DEVICES("devices", 0.07,
            List.of("Transistors", "Semiconductor devices", "Integrated circuits", "MOSFET", "Thin film transistors",
                    "CMOS technology", "Silicon", "Microprocessors", "Memristors", "Field programmable gate arrays",
                    "Very large scale integration", "Logic gates"),
            List.of("transistor", "CMOS", "FinFET", "GaN", "memristor", "FPGA", "VLSI", "low power design",
                    "analog circuit", "flexible electronics", "thin-film transistor", "SRAM"),
            List.of("IEEE Transactions on Electron Devices", "IEEE Journal of Solid-State Circuits",
                    "IEEE International Electron Devices Meeting (IEDM)")),
    NETWORKS("networks", 0.22,
            List.of("5G mobile communication", "Wireless communication", "Wireless networks", "Routing",
                    "Software defined networking", "MIMO communication", "Millimeter wave communication",
                    "Network topology", "Protocols", "Quality of service", "OFDM", "Interference",
                    "Vehicular ad hoc networks", "6G mobile communication"),
            List.of("5G", "6G", "wireless networks", "SDN", "network slicing", "massive MIMO", "mmWave",
                    "beamforming", "routing protocol", "NOMA", "vehicular network", "UAV communication",
                    "reconfigurable intelligent surface", "spectrum sharing"),
            List.of("IEEE Transactions on Wireless Communications", "IEEE Journal on Selected Areas in Communications",
                    "IEEE International Conference on Communications (ICC)", "IEEE INFOCOM")),
    BIG_DATA("big-data", 0.09,
            List.of("Big Data", "Data mining", "Data analysis", "Distributed databases", "Data warehouses",
                    "Parallel processing", "Sparks", "Query processing", "Recommender systems", "Data models",
                    "Cluster analysis"),
            List.of("big data", "data mining", "data analytics", "Hadoop", "Apache Spark", "MapReduce",
                    "stream processing", "recommender system", "graph analytics", "data lake", "clustering",
                    "time series analysis"),
            List.of("IEEE Transactions on Knowledge and Data Engineering", "IEEE International Conference on Big Data",
                    "IEEE International Conference on Data Engineering (ICDE)")),
    OPTICAL_QUANTUM("optical-quantum", 0.05,
            List.of("Optical fibers", "Optical fiber communication", "Quantum computing", "Quantum entanglement",
                    "Qubit", "Photonics", "Lasers", "Optical waveguides", "Quantum key distribution",
                    "Silicon photonics", "Optical modulation"),
            List.of("optical communication", "quantum computing", "quantum key distribution", "qubit",
                    "silicon photonics", "quantum entanglement", "optical fiber", "visible light communication",
                    "quantum annealing", "free-space optics", "photonic integrated circuit"),
            List.of("Journal of Lightwave Technology", "IEEE Journal of Quantum Electronics",
                    "Optical Fiber Communication Conference (OFC)", "IEEE Transactions on Quantum Engineering"));

    /** IEEE terms that name no category (common on papers of every category). */
    public static final List<String> GENERIC_TERMS = List.of("Optimization", "Task analysis", "Training",
            "Computational modeling", "Heuristic algorithms", "Mathematical models", "Simulation", "Costs",
            "Complexity theory", "Benchmark testing", "Measurement", "Estimation", "Reliability");

    private final String id;
    private final double share;
    private final List<String> ieeeTerms;
    private final List<String> authorTerms;
    private final List<String> venues;

    Category(String id, double share, List<String> ieeeTerms, List<String> authorTerms, List<String> venues) {
        this.id = id;
        this.share = share;
        this.ieeeTerms = ieeeTerms;
        this.authorTerms = authorTerms;
        this.venues = venues;
    }

    /** The id written in the ground truth. */
    public String id() {
        return id;
    }

    /** Assumed share of papers with this primary category (the shares sum to 1). */
    public double share() {
        return share;
    }

    public List<String> ieeeTerms() {
        return ieeeTerms;
    }

    public List<String> authorTerms() {
        return authorTerms;
    }

    public List<String> venues() {
        return venues;
    }
}
