"""Names that look like artifacts but are not: generic families, techniques, metrics, hardware, organisations.

Every set holds *keys* as made by :func:`kg.extract.canonical.entity_key` (case-folded,
punctuation and spaces removed), so "Fine-tuning", "fine tuning" and "FineTuning" are one entry.
Issue 3 ("What counts") is the reference for what belongs here.

Examples
--------
>>> from kg.extract.canonical import entity_key
>>> is_noise(entity_key("LLMs")), is_noise(entity_key("A100")), is_noise(entity_key("ResNet-50"))
(True, True, False)
"""

from __future__ import annotations

import re

GENERIC = frozenset("""
cnn cnns convnet convnets rnn rnns lstm lstms gru grus gnn gnns gcn gcns gat gats gin gins graphattentionnetwork graphattentionnetworks graphtransformer graphtransformers gan gans vae vaes mlp mlps dnn dnns ann anns
llm llms lmm lmms mllm mllms vlm vlms lvlm lvlms plm plms ptm ptms lm lms nlp nlu nlg cv ai agi ml dl rl rlhf sft
moe moes transformer transformers attention selfattention multiheadattention mha mhsa ffn ffnn
batchnorm batchnormalization bn layernorm layernormalization ln groupnorm groupnormalization instancenorm rmsnorm
prenorm postnorm preln postln relu gelu softmax sigmoid tanh dropout silu swish leakyrelu prelu elu mish
sgd gd momentum peft kd knowledgedistillation finetuning pretraining selfsupervisedlearning ssl sl icl cot
qat ptq nas automl mtl ssl fl hpo rag kvcache kv mtl marl
mdp mdps pomdp pomdps ntk mip milp ilp tcn tcns wsl bestofn slm slms mpnn mpnns
mim mlm maskedimagemodeling maskedlanguagemodeling
pca svd lasso svm svr lr crf hmm knn kmeans lda tfidf bow
seq2seq encoderdecoder autoencoder
bilstm bilstms blstm blstms bigru bigrus birnn birnns bilstmcrf lstmcrf bicnn
snn snns tdnn tdnns nms smoe rlvr fedllm fedllms osd diffusionmodel diffusionmodels
arima qlearning mpc 1dcnn 2dcnn 3dcnn aigc
mcot vla vlas foundationmodel foundationmodels ssm ssms llmasajudge mdsd mas prm prms gnnllm
amr ucca hpsg ccg lfg dmrs mrs drs rst sdrt iot seo
procrustes viterbi earley cky cyk beamsearch
transformerencoder transformerdecoder
muc
conllu conllx tei xml json jsonl csv tsv html pdf latex
fsl cdfs cdfsl ssda dg sfda tta fscil ood ovd ovss wsss har iqa nr fr imdl sfp rir kt ultr cis ists rsts cmg
adas rppg ecg eeg emg imu cots mlaas aac mii vrdu dllm dllms dmllm dmllms
tom tsp cvrp mapf mapd nco uq cph emcom pm25 pm10 jpg jpeg png gif mp3 mp4 wav flac elf bab bnb
dbscan ekf ukf gmm gmms ocsvm iforest lof nmpc fft stft pinn pinns crnn crnns fnirs fmri rtmri epg egg uwb aoa eit
lio vio mrta hci nids sutva genai deepfake deepfakes convlstm convlstms sae saes vgae vgaes vse bce tcr pmhc mhci
ehr ehrs emr emrs ddi ddis cect medvqa
rans sph sbst mcp deg degs hsi hsis
dcnn dcnns fbp osem mfcc mfccs lfcc cqcc mcts decpomdp seqft
lipm pmm ndob ndobs ilqr lqr lqg pid cbf cbfs hocbf dhocbf cbfqp sdf sdfs pnp cpg cpgs
centralpatterngenerator centralpatterngenerators
admet cryoem sbdd mts aec clahe soundfont gradientclipping
nmr 1hnmr 13cnmr fwi gcmc hitl normalizingflow normalizingflows umap tsne cmy cmyk hsv ycbcr
cgan cgans admm sdm sdms deepsdm sits rnaseq scrnaseq mnar mcar lvm lvms glms artransformer artransformers its
inr inrs implicitneuralrepresentation implicitneuralrepresentations unn unns rpca robustpca noddi
qnn qnns qcnn qcnns qccnn hqnn hqnns vqc vqcs pqc pqcs qml qec qem zne pec qas qkd qsvm qgan qgans qae qaes
nisq qubo neuralode neuralodes neuralsde neuralsdes node bayesianoptimization montecarlotreesearch
""".replace("?", "").split())  # from "fsl cdfs" on, six lines: settings, tasks, problems, signals, families and file
# formats of round 13's sets; textbook algorithms, sensing and imaging techniques, tasks and concepts of round 17's; textbook
# simulation methods (RANS, SPH), a protocol (MCP) and data kinds (DEG: differentially expressed genes) of round 18's;
# the textbook models and controllers of robotics (round 19: LIPM, iLQR, control barrier functions, PnP, SDF), and
# round 19's properties, techniques, tasks and formats (ADMET, cryo-EM, SBDD, MTS, AEC, CLAHE, SoundFont, NMR, FWI);
# round 26's families and textbook models of medical imaging (implicit neural representations, untrained networks,
# robust PCA, the NODDI diffusion model); round 27's families and techniques of quantum machine learning (quantum
# neural networks and circuits, error correction and mitigation, QUBO), neural ODEs and two
# textbook search methods written in Title Case

METRICS = frozenset("""
idf1 mota motp hota mae mse rmse psnr ssim lpips fid is kid flops gflops tflops pflops macs map map50 ap ap50 auc auroc
auprc roc f1 bleu rouge rougel meteor cider spice ter wer cer mrr ndcg ndcg10 recall50 recall1 rank1 top1 top5
mfu ttft tpot qps fps mious miou iou acc ece rsum msd kappa perplexity ppl ned
fscore fmeasure em exactmatch uas las smatch bertscore chrf bleurt moverscore bartscore clipscore sacrebleu
eer fvd hits hits1 hits3 hits10 gleu rouge1 rouge2 ribes
ceaf ceafe ceafm blanc lea bcubed b3 su4 rougesu4 rougesu rougen rougew
f1score p1 p5 p10 p20 ttr recall precision hr hitrate mape smape mase wape
msssim tiou mmd ade fde aupro fad chair spl ndtw sdtw psds pauc tmscore cate qed oks logp sisdr sdr sisnr snr
pesq stoi var mos cometkiwi xcomet rocauc prauc aucroc aucpr top2 top3 top10 top20 top50 top100 rank5 rank10 rank20
mindcf haspi hasqi haaqi ber ppmc dsc macc plddt ic50 rmsd codebleu kld pcc dice teta add adds tss hss csi topll toplt detl
crps exprate mer
acer apcer bpcer hter npcer obo avgobo avgmae pmae
""".split())  # the last line is round 27's: anti-spoofing error rates, counting errors
_METRIC_FORM = re.compile(r"(?:macro|micro|weighted|min|max|mean)?([a-z]+?)(?:at)?\d*")  # "BLEU-4", "NDCG@20", "minADE"
# a mean or document-level form of a metric of four letters or more ("mDice", "mHOTA", "d-BLEU"), or its F1
# ("BERTScore-F1", "ROUGE-Recall") or its self-comparison ("Self-BLEU"); not "DAP" or "MAP", whose "AP" is too short
# to tell from a name
_METRIC_VARIANT = re.compile(r"(?:[md]|self)([a-z]{4,})|([a-z]{4,})(?:f1|recall|precision)")

# satellites: platforms the data comes from (docs/labelling.md), unless the text lists one as a dataset
# ("three widely used datasets, including WorldView-3, GaoFen-2, and QuickBird", named for the sensor)
SATELLITES = frozenset("""
sentinel1 sentinel1a sentinel2 sentinel2a sentinel3 sentinel5p landsat landsat5 landsat7 landsat8 landsat9 spot5 spot6
spot7 planetscope worldview2 worldview3 gaofen1 gaofen2 gaofen3 quickbird ikonos terrasarx cosmoskymed
goes goes16 goes17 goes18 himawari himawari8 himawari9 meteosat metop jpss snpp noaa20 alos alospalsar alospalsar2
palsar palsar2 skysat viirs aviris avirisng
""".split())

HARDWARE = SATELLITES | frozenset("""
gpu gpus tpu tpus cpu cpus npu a100 a10080gb h100 h800 a6000 v100 rtx3090 rtx4090 t4 l40 a800 tpuv3 tpuv4 cs2
cuda fp8 fp16 bf16 fp32 int8 int4 int2 nvlink pcie ssd ssds dram hbm vram lidar radar rtx
go1 go2 anymal franka ur5 ur5e kinova
fpga fpgas asic asics mcu mcus soc socs cortexm cortexm0 cortexm0+ cortexm3 cortexm4 cortexm7 cortexm33 cortexa
hololens gap8 allegro allegrohand jetracer jwst hubble
dvrk bluerov bluerov2 kinect kinectv1 kinectv2 realsense turtlebot turtlebot3 crazyflie px4 baxter sawyer xarm
lsst ztf icecube gluex rubin
lhc qpu qpus
""".split())  # satellites and robots are platforms the data comes from or runs on, like GPUs (docs/labelling.md); the
# last line is round 27's: a particle collider and quantum processors

ORGANISATIONS = frozenset("""
google deepmind openai meta facebook microsoft nvidia amazon alibaba baidu tencent bytedance huawei apple ibm
kuaishou wechat alipay taobao douyin meituan together cerebras ecmwf anthropic huggingface github gitlab usda nsf nih darpa eu acl emnlp naacl
youtube twitter twitch reddit wikipedia ieee acm mit stanford cmu usg pypi npm netflix pku
ionq rigetti quantinuum dwave
""".split())  # the last line is round 27's: makers of quantum hardware

# conferences and workshops, alone or with a year ("CVPR 2018", "EMNLP 2020"): venues, not artifacts
VENUES = frozenset("""
cvpr iccv eccv wacv bmvc neurips nips icml iclr aaai ijcai kdd sigir www cikm wsdm recsys eacl coling lrec
aacl interspeech icassp miccai acmmm chi uist icra iros corl rss semeval inlg ijcnlp nlp4if wngt icon
ecir aied lak ecai icdm pakdd acml uai aistats colt icpr icip accv ijcnn ismir ntcir
""".split())
_VENUE_YEAR = re.compile(r"(" + "|".join(sorted(VENUES | {"acl", "emnlp", "naacl"})) + r")(?:19|20)?\d\d")

TASKS = frozenset("""
ocr vqa kie ner pos qa rc mt nmt asr tts nli sts wsd srl ie ir ctr ad zsad is sr re ee mot reid fscil sssa cir zscir
stvg vos sod sis wsss udg ocrvqa dst gcg mgsc ctc videoqa hoi vln bci
sgg wsod sfda dg zsl gzsl osr absa erc sed asv ser kws vad slu vg tal tad vtg str tsad tsf ltsf cdr el rte mrc
odqa kbqa text2sql nl2sql mwp fv vis mots sot hpe har iqa sfm slam vo lle vsr ovs wsol rec res mtsf tsc
kbvqa bioner inpainting colorization outpainting avsr s2st simulst sfuda ovod werewolf questionanswering
visualquestionanswering
t2i t2v gcrl icrl imagenav imagegoal daod ifsd
dti dta maxcut tsp vrp cvrp svs doa
""".split())  # the last line is round 21's: drug-target interaction and affinity, combinatorial problems, singing voice
# synthesis and direction-of-arrival estimation. DocVQA is not here (round 26): papers name the benchmark by it far
# more often than the task ("96.6% ANLS on DocVQA"), and a task the text defines is caught as such anyway

OTHER = frozenset("""
sota soa gpu api apis url urls pdf html json xml sql csv id ids ui gui os io ram rom usa us uk eu ceo phd
tv hz khz mhz ghz l1 l2 l0 linf covid19 covid 2d 3d 4d 1d rgb rgbd rgb+d srgb hd 4k 8k 1080p ood iid noniid ab q a
mri fmri eeg ecg emg cxr tikz e2e mcq mcqs roi rois aiot dna rna pde pdes ode odes sok
z500 t2m t850 u10 v10 msl dof 6dof 3dof wifi bluetooth conv1d conv2d conv3d db kl pii gdpr ccpa hipaa
fdg 18f birads 5w1h onedrive
ev kev mev gev tev djf jja mam son nino34 nino3 nino4 dem dems kgco2 tco2 huggingfacedatasets
bev rgbbev sh ros ros2 icp enso dsm5
rgbt rgbe rgbir rgbdepth rgbevent rgbthermal rgblanguage rgbinfrared 5g 6g polsar cbt ccsd ccsdt dmrg lbfgs fnn fnns
gns pfm pfms torque
iiot cpath oct bssfp nsfw dtw ula nhpp
musicxml smiles powerpoint mjo lam mlff mlffs mof mofs rnnt eki opes ofat bfgs
cbct erc20 erc721 erc1155 brc20
ecog seeg meg nir swir mwir lwir
""".split())  # the "iiot" and "musicxml" lines are round 21's: a field (industrial IoT, computational pathology), an
# imaging modality and an MRI sequence, a content category, and textbook algorithms and models (dynamic time warping,
# the unadjusted Langevin algorithm, the non-homogeneous Poisson process); then formats and a product (MusicXML, SMILES,
# PowerPoint), a climate phenomenon (MJO), kinds of model and material (limited-area models, ML force fields, MOFs,
# RNN-T) and textbook techniques (ensemble Kalman inversion, OPES, one-factor-at-a-time designs, BFGS); the "cbct" line
# is round 26's: an imaging modality (cone-beam CT) and blockchain token standards (ERC-20, BRC-20); the last is round
# 27's: recording modalities of the brain (ECoG, sEEG, MEG) and infrared bands (NIR, SWIR, MWIR, LWIR)

ALL = GENERIC | METRICS | HARDWARE | ORGANISATIONS | VENUES | TASKS | OTHER

_UNITS = re.compile(r"(?:\d+x)?\d+(\.\d+)?(x|k|m|b|t|bit|bits|gb|mb|tb|ms|s|h|d|fps|times|shot|way|layer|layers|d|db|hz|khz|tesla)?\+?")
_DIGIT = re.compile(r"\d")
_UNIT_RANGE = re.compile(r"\d+(?:\.\d+)?([kmbt])\d+(?:\.\d+)?\1")  # "1B-5B" tokens, "2K-8K" (not "4M-21")

# number formats and quantisation settings ("W4A16", "W8A8KV4", "MXFP8", "NVFP4", "E4M3"), like FP16 and INT8
_DIMENSIONS = re.compile(r"(?:[1-4]d){2,}")  # "2D-3D" correspondences, "2D/3D" inputs
_NUMBER_FORMAT = re.compile(r"w\d{1,2}a\d{1,2}(?:kv\d{1,2})?(?:g\d{1,3})?|(?:mx|nv)?(?:fp|int)\d{1,2}|e\dm\d")


# licences a release is under ("CC-BY-NC-SA 4.0", "Apache-2.0", "GPLv3"): terms, not artifacts
_LICENCE = re.compile(r"cc(?:by(?:nc)?(?:sa|nd)?|0)(?:\d{1,2})?|(?:a|l)?gpl(?:v?\d)?|apache(?:license)?(?:\d{1,2})?|"
                      r"bsd(?:\d)?(?:clause)?|mitlicen[cs]e")


_DEVICE = re.compile(r"(?:iphone|ipad|pixel|galaxys|jetson|raspberrypi)(?:\d+\w{0,3})?")  # "iPhone 8", "iPhone12"

# platforms and archives text is taken from (docs/labelling.md): a dataset only where the text uses one as a
# collection ("BillSum and PubMed", "the StackExchange dataset"), see kg.extract.mentions
SOURCES = frozenset("arxiv pubmed pmc pubmedcentral medline stackoverflow stackexchange weibo instagram tiktok kaggle "
                    "nyt newyorktimes wikinews npr chicagotribune physionet openml".split())


def _numbers(key: str) -> bool:
    """A range of amounts, a number format or a pair of dimensions: all hold a digit, which most keys do not (a cheap
    test first)."""
    return _DIGIT.search(key) is not None and bool(_UNIT_RANGE.fullmatch(key) or _NUMBER_FORMAT.fullmatch(key)
                                                   or _DIMENSIONS.fullmatch(key))


def is_venue(key: str) -> bool:
    """True for a conference or workshop key, with or without a year ("semeval", "semeval2014", "cvpr18").

    Examples
    --------
    >>> is_venue("semeval14"), is_venue("semeval20task8")
    (True, False)
    """
    return key in VENUES or bool(_VENUE_YEAR.fullmatch(key))


def is_noise(key: str) -> bool:
    """True when an entity key names no artifact (generic family, metric, hardware, organisation, number).

    Parameters
    ----------
    key : str
        An entity key (see :func:`kg.extract.canonical.entity_key`).

    Examples
    --------
    >>> is_noise("moe"), is_noise("7b"), is_noise("mot17")
    (True, True, False)
    """
    if key in ALL or bool(_UNITS.fullmatch(key)) or len(key) < 2 or is_venue(key) or _DEVICE.fullmatch(key) \
            or _LICENCE.fullmatch(key) or _numbers(key):
        return True
    m = _METRIC_FORM.fullmatch(key)
    if m is not None and m.group(0) != m.group(1) and (m.group(1) in METRICS or m.group(1) in {"f", ""}):
        return True
    v = _METRIC_VARIANT.fullmatch(key)
    if v is not None and (v.group(1) or v.group(2)) in METRICS:
        return True
    compound = _NOISE_COMPOUND.fullmatch(key)  # "LLMbased": a family with its hyphen lost, no name
    return compound is not None and compound.group(1) in ALL


_NOISE_COMPOUND = re.compile(r"([a-z0-9]{2,}?)(?:based|driven|powered|guided|enhanced)")
