package org.sidebyside.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Sentence embeddings computed in this process by all-MiniLM-L6-v2 (quantized, 384
 * dimensions), whose model file and ONNX runtime come in a Maven artifact: nothing is
 * downloaded at run time. Sentences of similar meaning get vectors pointing the same way
 * ("who started Alibaba" and "Jack Ma founded Alibaba in 1999"), whatever their words. The
 * model is loaded on first use (about a second) and shared by every thread.
 */
@Service
public class SentenceEmbeddings {

    /** Stored with each vector: a vector of another model is stale. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    public static final int DIMENSIONS = 384;

    private volatile EmbeddingModel model;

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    // embedAll's batches run on the calling thread: this machine's cores serve requests
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /** The text's embedding, of unit length. */
    public float[] embed(String text) {
        return unit(model().embed(text).content().vector());
    }

    /** The texts' embeddings, of unit length, in order. */
    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> unit(e.vector())).toList();
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
